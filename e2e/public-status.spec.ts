import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures/authentication";
import { MINUTE_MS } from "../lib/format";
import { declareThroughApi } from "./fixtures/incidents";
import { StatusBoardPage } from "./pages/status-board-page";

async function eventsOf(request: APIRequestContext, incidentId: string) {
  return (await (await request.get(`/api/incidents/${incidentId}/events?afterSeq=0`)).json()) as { type: string; data: Record<string, unknown> }[];
}

test("the public page, its JSON and its feed show public updates only: no internal text, name or contact", async ({ signedInAs, browser }) => {
  const commander = (await signedInAs("commander")).request;
  const marker = `internal-${Date.now()}`;
  const headline = `Mobile sign-in trouble ${Date.now()}`;
  // Detected over two hours ago: every escalation level fires within seconds, naming contacts.
  const { id } = await declareThroughApi(commander, {
    title: `Mobile API ${marker}`,
    services: [{ key: "mobile-api", impact: "down" }],
    detectedAt: new Date(Date.now() - 125 * MINUTE_MS).toISOString(),
  });
  expect((await commander.post(`/api/incidents/${id}/notes`, { data: { body: `Note ${marker}` } })).status()).toBe(201);
  for (const audience of ["internal", "stakeholders"]) {
    const posted = await commander.post(`/api/incidents/${id}/status-updates`, { data: { audience, subject: `Subject ${marker}`, body: `Update ${marker}` } });
    expect(posted.status()).toBe(201);
  }
  const publicUpdate = await commander.post(`/api/incidents/${id}/status-updates`, {
    data: { audience: "public", subject: headline, body: "Signing in on the app fails; we are on it." },
  });
  expect(publicUpdate.status()).toBe(201);

  await expect.poll(async () => (await eventsOf(commander, id)).filter((event) => event.type === "escalation.fired").length, { timeout: 15_000 }).toBe(4);
  const contacts = (await eventsOf(commander, id))
    .filter((event) => event.type === "escalation.fired")
    .flatMap((event) => event.data.contacts as { name: string; phone: string; email: string }[]);
  expect(contacts.length).toBeGreaterThan(0);

  // Someone with no session at all.
  const outsider = await browser.newContext();
  const page = await outsider.newPage();
  await page.goto("/status/public");
  await expect(page.getByRole("heading", { name: headline })).toBeVisible();
  const texts = [
    await page.content(),
    await (await outsider.request.get("/status/public.json")).text(),
    await (await outsider.request.get("/status/public.atom")).text(),
  ];
  for (const text of texts) {
    expect(text).toContain(headline);
    expect(text).not.toContain(marker);
    for (const contact of contacts) {
      for (const secret of [contact.phone, contact.email, contact.name]) expect(text, secret).not.toContain(secret);
    }
    expect(text).not.toContain("Casey Commander");
  }
  await outsider.close();
});

test("a template value that reads <script> is shown as text on every page that shows it", async ({ signedInAs }) => {
  const script = "<script>alert(1)</script>";
  const admin = await signedInAs("admin");
  const commander = await signedInAs("commander");
  const viewer = await signedInAs("viewer");
  let dialogs = 0;
  for (const page of [admin, commander, viewer]) page.on("dialog", async (dialog) => (dialogs++, await dialog.dismiss()));

  // The admin writes the script into the maintenance template.
  await admin.goto("/settings");
  // Typed into before the page has hydrated, React would put its own value back.
  await admin.waitForLoadState("networkidle");
  const form = admin.getByRole("form", { name: "Maintenance page" });
  await form.getByLabel("Text").fill(`Back soon. ${script} {{services}}`);
  await form.getByRole("button", { name: "Save template" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved");
  await admin.reload();
  await expect(admin.getByRole("form", { name: "Maintenance page" }).getByLabel("Text")).toHaveValue(`Back soon. ${script} {{services}}`);

  // The commander drafts from it, for an incident whose title is a script too, previews and posts.
  const title = `${script} ${Date.now()}`;
  const { id, number } = await declareThroughApi(commander.request, { title, services: [{ key: "web-application", impact: "down" }] });
  await commander.goto(`/incidents/${id}`);
  await expect(commander.getByRole("heading", { level: 1 })).toHaveText(title);
  await commander.getByLabel("Template").selectOption({ label: "Maintenance page (the public)" });
  await expect(commander.getByLabel("Status update", { exact: true })).toHaveValue(`Back soon. ${script} Web Application`);
  await commander.getByLabel("Headline").fill(`Maintenance ${script}`);
  await commander.getByRole("button", { name: "Preview" }).click();
  const preview = commander.getByRole("figure", { name: "Preview" });
  await expect(preview).toContainText(`Back soon. ${script} Web Application`);
  await commander.getByRole("button", { name: "Post to the public" }).click();
  const updates = commander.getByRole("region", { name: "Status updates" });
  await expect(updates).toContainText(`Back soon. ${script} Web Application`);
  await expect(commander.getByRole("region", { name: "Timeline" })).toContainText(`Maintenance ${script}`);

  // Management's board and the public page show it as written.
  const board = new StatusBoardPage(viewer);
  await board.goto();
  await expect(board.incident(number)).toContainText(`Back soon. ${script}`);
  await expect(board.incident(number)).toContainText(title);
  await viewer.goto("/status/public");
  await expect(viewer.getByRole("heading", { name: `Maintenance ${script}` })).toBeVisible();
  await expect(viewer.getByText(`Back soon. ${script} Web Application`)).toBeVisible();
  expect(dialogs).toBe(0);
});

test("a public update shows in the JSON the moment it is posted, and on an open page at its next read; the JSON's ETag answers 304", async ({ signedInAs, browser }) => {
  const commander = (await signedInAs("commander")).request;
  const outsider = await browser.newContext();
  const page = await outsider.newPage();
  // The page reads itself again every minute; the test moves its clock instead of waiting.
  await page.clock.install();
  await page.goto("/status/public");
  await page.getByRole("heading", { name: "Past incidents" }).waitFor();
  const before = await outsider.request.get("/status/public.json");
  const etag = before.headers()["etag"];
  expect((await outsider.request.get("/status/public.json", { headers: { "if-none-match": etag } })).status()).toBe(304);

  const headline = `Payments are slow ${Date.now()}`;
  const { id } = await declareThroughApi(commander, { title: "Payment gateway latency", services: [{ key: "web-application", impact: "degraded" }] });
  const posted = await commander.post(`/api/incidents/${id}/status-updates`, { data: { audience: "public", subject: headline, body: "Card payments take a minute." } });
  expect(posted.status()).toBe(201);

  // Asked right after the post answered: no older snapshot is served.
  const after = await outsider.request.get("/status/public.json", { headers: { "if-none-match": etag } });
  expect(after.status()).toBe(200);
  expect(after.headers()["etag"]).not.toBe(etag);
  expect(await after.text()).toContain(headline);
  // The open page takes the update in place, without a reload.
  await page.evaluate(() => document.body.setAttribute("data-loaded-once", ""));
  await page.clock.fastForward("01:00");
  await expect(page.getByRole("heading", { name: headline })).toBeVisible();
  await expect(page.locator("body")).toHaveAttribute("data-loaded-once", "");
  await outsider.close();
});

test("the export writes the page, its JSON and its feed as files that open from disk with the incidents", async ({ signedInAs, page }) => {
  const commander = (await signedInAs("commander")).request;
  const headline = `Exports are delayed ${Date.now()}`;
  const { id } = await declareThroughApi(commander, { title: "Reporting backlog", services: [{ key: "web-application", impact: "degraded" }] });
  expect((await commander.post(`/api/incidents/${id}/status-updates`, { data: { audience: "public", subject: headline, body: "Reports arrive late." } })).status()).toBe(201);

  const out = mkdtempSync(path.join(tmpdir(), "muster-status-"));
  try {
    // The database of the server the specs run against (playwright.config.ts), as Muster's own host would.
    execFileSync("npm", ["run", "--silent", "status:export", "--", "--out", out], { env: { ...process.env, MUSTER_HOME: ".muster/e2e" }, stdio: "pipe" });
    expect(readFileSync(path.join(out, "public.json"), "utf8")).toContain(headline);
    expect(readFileSync(path.join(out, "public.atom"), "utf8")).toContain(headline);

    await page.goto(pathToFileURL(path.join(out, "index.html")).href);
    await expect(page.getByRole("heading", { name: headline })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Service status", level: 1 })).toBeVisible();
    // Its CSS is inside it: the heading has the page's size, not the browser's default.
    await expect(page.getByRole("heading", { name: "Service status", level: 1 })).toHaveCSS("font-size", "24px");
    await page.getByRole("link", { name: "JSON" }).click();
    await expect(page).toHaveURL(pathToFileURL(path.join(out, "public.json")).href);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
