import type { Page } from "@playwright/test";

/** The recovery testing schedule at /drills, one card per test. */
export class DrillsPage {
  constructor(readonly page: Page) {}

  readonly card = (key: string) => this.page.locator(`[data-drill="${key}"]`);
  readonly nextDue = (key: string) => this.card(key).locator("[data-next-due]");

  async goto() {
    await this.page.goto("/drills");
  }

  /** Starts a drill of the test from its card; the war room opens. Returns the drill's incident id. */
  async start(key: string, testType: string): Promise<string> {
    await this.card(key).getByRole("button", { name: `Start drill: ${testType}` }).click();
    await this.page.waitForURL(/\/incidents\/[^/]+$/);
    return new URL(this.page.url()).pathname.split("/").pop()!;
  }
}
