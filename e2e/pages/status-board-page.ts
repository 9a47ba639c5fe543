import { expect, type Page } from "@playwright/test";

/** The management board at /status. */
export class StatusBoardPage {
  constructor(readonly page: Page) {}

  readonly connection = () => this.page.getByRole("status", { name: "Connection" });
  /** A service's tile in the health matrix; its `data-health` is what its colour shows. */
  readonly service = (key: string) => this.page.locator(`[data-service="${key}"]`);
  readonly incident = (number: number) => this.page.locator(`[data-incident="${number}"]`);
  /** Anything in the page's content that could change something. */
  readonly writeControls = () => this.page.locator("main").locator("button, input, select, textarea, form");

  async goto(view?: "wall") {
    await this.page.goto(view ? `/status/${view}` : "/status");
    await expect(this.connection()).toHaveText(/live/i);
  }
}
