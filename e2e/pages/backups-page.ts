import { expect, type Page } from "@playwright/test";

/** The backups page: each data class's band, the checks, and the form that records a run. */
export class BackupsPage {
  constructor(readonly page: Page) {}

  readonly dataClass = (key: string) => this.page.getByTestId(`data-class-${key}`);
  readonly form = () => this.page.getByRole("form", { name: "Record a verification" });
  readonly recent = () => this.page.getByRole("list", { name: "Recent verifications" });

  async goto() {
    await this.page.goto("/backups");
  }

  /** A moment `minutesFromNow` away, as the browser's datetime-local input takes it (its own time zone). */
  localInput(minutesFromNow: number): Promise<string> {
    return this.page.evaluate((minutes) => {
      const date = new Date(Date.now() + minutes * 60_000);
      const pad = (value: number) => String(value).padStart(2, "0");
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
    }, minutesFromNow);
  }

  async record({ check, dataClass, restorePointMinutesAgo, performedMinutesFromNow }: { check: string; dataClass: string; restorePointMinutesAgo: number; performedMinutesFromNow?: number }) {
    const form = this.form();
    // The run's time follows the browser's clock once the page is live: then the form is ready.
    await expect(form.getByLabel("Performed at")).not.toHaveValue("");
    await form.getByLabel("Check", { exact: true }).selectOption({ label: check });
    await form.getByLabel("Data it proves").selectOption({ label: dataClass });
    await form.getByText("Passed", { exact: true }).click();
    if (performedMinutesFromNow !== undefined) await form.getByLabel("Performed at").fill(await this.localInput(performedMinutesFromNow));
    await form.getByLabel("Restore point proved").fill(await this.localInput(-restorePointMinutesAgo));
    await form.getByRole("button", { name: "Record verification" }).click();
  }
}
