import { expect, type Page } from "@playwright/test";

/** The whole plan's recovery readiness at /readiness, and each service's line on /services. */
export class ReadinessPage {
  constructor(readonly page: Page) {}

  /** A service's row of the readiness table (a card on a phone). */
  readonly row = (serviceName: string) => this.page.getByRole("row").filter({ hasText: serviceName });

  /** A service's line in the services page's readiness list. */
  readonly serviceLine = (serviceName: string) =>
    this.page.getByRole("list", { name: "Readiness by service" }).getByRole("listitem").filter({ hasText: serviceName });

  async goto() {
    await this.page.goto("/readiness");
    await expect(this.page.getByRole("heading", { level: 1, name: "Recovery readiness" })).toBeVisible();
  }

  async gotoServices() {
    await this.page.goto("/services");
    await expect(this.page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
  }
}
