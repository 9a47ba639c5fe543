import { expect, type Page } from "@playwright/test";

export type AffectedService = { name: string; impact: "Down" | "Degraded" | "At risk" };

/** The declaration form at /incidents/new. */
export class DeclarePage {
  constructor(readonly page: Page) {}

  async declare({ title, scenario, services }: { title: string; scenario: string; services: AffectedService[] }) {
    await this.page.goto("/incidents/new");
    await this.page.getByLabel("Title").fill(title);
    await this.page.getByLabel("Scenario").selectOption({ label: scenario });
    for (const { name, impact } of services) {
      await this.page.getByRole("checkbox", { name, exact: true }).check();
      await this.page.getByLabel(`Impact on ${name}`).selectOption({ label: impact });
    }
    await this.page.getByRole("button", { name: "Declare incident" }).click();
    await expect(this.page).toHaveURL(/\/incidents\/[^/]+$/);
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    return this.page.url().split("/").pop() as string;
  }
}
