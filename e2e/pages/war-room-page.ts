import { expect, type Page } from "@playwright/test";

/** The war room at /incidents/[id], as each participant sees it. */
export class WarRoomPage {
  constructor(readonly page: Page) {}

  readonly checklist = () => this.page.getByRole("region", { name: "Checklist" });
  readonly timeline = () => this.page.getByRole("region", { name: "Timeline" });
  readonly services = () => this.page.getByRole("region", { name: "Services" });
  readonly connection = () => this.page.getByRole("status", { name: "Connection" });
  readonly step = (title: string) => this.checklist().getByRole("checkbox", { name: title, exact: true });

  async goto(incidentId: string) {
    await this.page.goto(`/incidents/${incidentId}`);
    // Opening is not what is timed: on a loaded machine the socket's first connection takes seconds.
    await expect(this.connection()).toHaveText(/live/i, { timeout: 20_000 });
  }

  async join() {
    await this.page.getByRole("button", { name: "Join as responder" }).click();
    await expect(this.page.getByRole("button", { name: "Join as responder" })).toHaveCount(0);
  }

  async tick(title: string) {
    await this.step(title).check();
    await expect(this.step(title)).toBeChecked();
  }

  async addNote(body: string) {
    await this.page.getByLabel("Add a note").fill(body);
    await this.page.getByRole("button", { name: "Add note" }).click();
  }
}
