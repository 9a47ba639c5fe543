import { expect, type Page } from "@playwright/test";

/** Action items across every incident at /action-items. */
export class ActionItemsPage {
  constructor(readonly page: Page) {}

  readonly row = (title: string) => this.page.getByRole("row").filter({ hasText: title });

  async goto(query = "") {
    await this.page.goto(`/action-items${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Action items" })).toBeVisible();
  }

  /** Chooses a filter; the choice goes into the address, so the view can be shared. */
  async filter(label: "Owner" | "Status" | "Priority", option: string, param: string) {
    await this.page.getByRole("search").getByLabel(label).selectOption({ label: option });
    await expect(this.page).toHaveURL(new RegExp(`[?&]${param}=`));
  }
}
