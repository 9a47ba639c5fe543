import { expect, type Page } from "@playwright/test";

/** The war room at /incidents/[id], as each participant sees it. */
export class WarRoomPage {
  constructor(readonly page: Page) {}

  readonly checklist = () => this.page.getByRole("region", { name: "Checklist" });
  readonly timeline = () => this.page.getByRole("region", { name: "Timeline" });
  readonly services = () => this.page.getByRole("region", { name: "Services" });
  readonly connection = () => this.page.getByRole("status", { name: "Connection" });
  readonly step = (title: string) => this.checklist().getByRole("checkbox", { name: title, exact: true });

  readonly roles = () => this.page.getByRole("region", { name: "Roles" });
  readonly resolveDialog = () => this.page.getByRole("dialog", { name: "Resolve the incident?" });

  /** Opens the resolve dialog and waits until it has checked what is still open. */
  async openResolve() {
    await this.page.getByRole("button", { name: "Move to Resolved", exact: true }).click();
    await expect(this.resolveDialog().getByRole("button", { name: /^Resolve( anyway)?$/ })).toBeEnabled();
  }

  /** Resolves through the dialog, whatever it lists as still open. */
  async resolve() {
    await this.openResolve();
    await this.resolveDialog().getByRole("button", { name: /^Resolve( anyway)?$/ }).click();
    await expect(this.resolveDialog()).toHaveCount(0, { timeout: 20_000 });
  }

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
