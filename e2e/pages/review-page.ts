import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";

export type NewActionItem = { title: string; owner: string; ownerIsUser: boolean; dueDate: string; priority: "High" | "Medium" | "Low" };

/** The post-incident review at /incidents/[id]/review; a drill's is its drill report. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  readonly due = () => this.page.getByTestId("review-due");
  readonly actionItems = () => this.page.getByRole("region", { name: "Action items and owners" });
  readonly actionItem = (title: string) => this.actionItems().getByRole("row").filter({ hasText: title });
  readonly criterion = (name: string) => this.page.getByRole("region", { name: "Success criteria" }).getByRole("listitem").filter({ hasText: name });
  readonly findings = () => this.page.getByRole("region", { name: "Findings" });

  async goto(incidentId: string) {
    await this.page.goto(`/incidents/${incidentId}/review`);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(/Post-incident review|Drill report/);
  }

  async addActionItem({ title, owner, ownerIsUser, dueDate, priority }: NewActionItem) {
    const form = this.actionItems();
    await form.getByLabel("Action item", { exact: true }).fill(title);
    if (ownerIsUser) {
      await form.getByLabel("Owner", { exact: true }).selectOption({ label: owner });
    } else {
      await form.getByLabel("Owner", { exact: true }).selectOption({ label: "Someone else…" });
      await form.getByLabel("Owner: name").fill(owner);
    }
    await form.getByLabel("Due date").fill(dueDate);
    await form.getByLabel("Priority").selectOption({ label: priority });
    await form.getByRole("button", { name: "Add action item" }).click();
    await expect(this.actionItem(title)).toBeVisible();
    // The form empties for the next item once this one is saved.
    await expect(form.getByLabel("Action item", { exact: true })).toHaveValue("");
  }

  async setStatus(title: string, status: string) {
    await this.page.getByLabel(`Status of ${title}`).selectOption({ label: status });
    await expect(this.page.getByLabel(`Status of ${title}`)).toBeEnabled();
  }

  /** The Markdown export's text, downloaded as a user would; `link` names a drill's "Download drill report". */
  async downloadMarkdown(link = "Download Markdown"): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByRole("link", { name: link }).click()]);
    return { name: download.suggestedFilename(), text: await readFile((await download.path())!, "utf8") };
  }
}
