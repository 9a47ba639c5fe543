import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";

/** The compliance ledger at /evidence. */
export class EvidencePage {
  constructor(readonly page: Page) {}

  readonly drills = () => this.page.getByRole("region", { name: "Drills" });
  readonly incidents = () => this.page.getByRole("region", { name: "Incidents" });
  /** One drill's or incident's card, by its title. */
  readonly entry = (region: "drills" | "incidents", title: string) => this[region]().getByRole("listitem").filter({ hasText: title });

  async showPeriod(from: string, to: string) {
    await this.page.goto("/evidence");
    await expect(this.page.getByRole("heading", { level: 1, name: "Evidence" })).toBeVisible();
    await this.page.getByLabel("From").fill(from);
    await this.page.getByLabel("To").fill(to);
    await this.page.getByRole("button", { name: "Show period" }).click();
    await expect(this.page).toHaveURL(new RegExp(`from=${from}&to=${to}`));
  }

  /** Downloads the evidence pack and reads it as a reader would: the JSON file. */
  async downloadPack() {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByRole("link", { name: "Download evidence pack" }).click()]);
    return { name: download.suggestedFilename(), pack: JSON.parse(await readFile(await download.path(), "utf8")) };
  }
}
