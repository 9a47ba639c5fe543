import { expect, type Page } from "@playwright/test";
import { WarRoomPage } from "./war-room-page";

/** The commander's mending controls in the war room, and what they leave for everyone to see. */
export class WarRoomMend extends WarRoomPage {
  constructor(page: Page) {
    super(page);
  }

  /** An affected service's card, by the service's name (its heading goes on with the impact while it is down). */
  readonly service = (name: string) =>
    this.services().getByRole("listitem").filter({ has: this.page.getByRole("heading", { name: new RegExp(`^${name}( Impact: |$)`) }) });

  async addService(name: string, impact: "Down" | "Degraded" | "At risk") {
    await this.services().getByRole("button", { name: "Add a service" }).click();
    const form = this.page.getByRole("form", { name: "Add an affected service" });
    await form.getByLabel("Service").selectOption({ label: name });
    await form.getByLabel("Impact").selectOption({ label: impact });
    await form.getByRole("button", { name: "Add service" }).click();
    await expect(form).toHaveCount(0);
  }

  async editTitle(title: string) {
    await this.page.getByRole("button", { name: "Edit details" }).click();
    const form = this.page.getByRole("form", { name: "Edit the incident's details" });
    await form.getByLabel("Title").fill(title);
    await form.getByRole("button", { name: "Save details" }).click();
    await expect(form).toHaveCount(0);
  }

  async markRestored(name: string, dataLossMinutes: number) {
    await this.service(name).getByRole("button", { name: "Mark restored" }).click();
    await this.service(name).getByLabel(/Data lost, in minutes/).fill(String(dataLossMinutes));
    await this.service(name).getByRole("button", { name: `Mark ${name} restored` }).click();
  }

  async declareInError(reason: string) {
    await this.page.getByRole("button", { name: "Declared in error…" }).click();
    const form = this.page.getByRole("form", { name: "Declare the incident in error" });
    await form.getByLabel("Why should it never have been declared?").fill(reason);
    await form.getByRole("button", { name: "Declare in error" }).click();
  }
}
