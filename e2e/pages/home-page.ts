import type { Page } from "@playwright/test";

/** The signed-in home page: the incidents being worked, then the plan at a glance. */
export class HomePage {
  constructor(readonly page: Page) {}

  readonly activeIncidents = () => this.page.getByRole("region", { name: /active incidents?$/ });
  readonly drills = () => this.page.getByRole("region", { name: /drills? under way$/ });
  /** An incident's card in a list, found by its title. */
  readonly card = (title: string) => this.page.getByRole("listitem").filter({ has: this.page.getByRole("link", { name: title }) });

  async goto() {
    await this.page.goto("/");
  }

  /** The titles of the incidents a list shows, top to bottom. */
  async titlesIn(region: ReturnType<HomePage["activeIncidents"]>): Promise<string[]> {
    return region.getByRole("heading", { level: 3 }).allTextContents();
  }
}
