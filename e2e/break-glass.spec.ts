// The plan in one's pocket: the break-glass bundle downloaded by an admin opens from disk in a
// browser that reaches no server, with the plan's version and every contact; the cards, the
// checklists and the vCard file serve whoever is signed in; an admin approves the plan.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readZip } from "../lib/break-glass/zip";
import { expect, test } from "./fixtures/authentication";

type Contact = { name: string; phone: string };

test("the bundle opens from file:// with no server, showing the plan version and every contact", async ({ signedInAs, browser }) => {
  const admin = await signedInAs("admin");
  const answer = await admin.request.get("/api/plan/bundle");
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toBe("application/zip");
  const files = readZip(await answer.body());
  const contacts: Contact[] = await (await admin.request.get("/api/contacts")).json();
  const { version } = await (await admin.request.get("/api/plan")).json();
  const folder = files[0].name.split("/")[0];
  expect(folder).toMatch(/^muster-plan-v\d+\.\d+$/);

  const root = await mkdtemp(path.join(tmpdir(), "muster-bundle-"));
  try {
    for (const file of files) {
      const target = path.join(root, file.name);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.bytes);
    }
    // A laptop with the network gone: offline, and every request that is not the bundle's own file is refused and counted.
    const context = await browser.newContext({ offline: true });
    const reached: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file://")) return route.continue();
      reached.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("request", (request) => {
      if (!request.url().startsWith("file://")) reached.push(request.url());
    });
    for (const name of ["index.html", "cards.html"]) {
      await page.goto(pathToFileURL(path.join(root, folder, name)).href);
      await expect(page.getByText(`Plan v${version} · made`).first()).toBeVisible();
      for (const contact of contacts) {
        await expect(page.getByText(contact.name, { exact: false }).first(), `${name}: ${contact.name}`).toBeAttached();
        await expect(page.getByText(contact.phone, { exact: false }).first(), `${name}: ${contact.phone}`).toBeAttached();
      }
    }
    // The cards page styles itself from the CSS inside it: a card is a card, not bare text.
    const card = page.locator(".wallet-card").first();
    await expect(card).toHaveCSS("border-top-style", "solid");
    await page.getByRole("link", { name: "Quick reference checklists" }).click();
    await page.getByRole("link", { name: "Complete Data Center Outage" }).click();
    await expect(page.getByRole("heading", { name: "Complete Data Center Outage" })).toBeVisible();
    await expect(page.getByText(`Plan v${version} · printed`)).toBeVisible();
    expect(reached).toEqual([]);
    await context.close();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test("only an admin downloads the bundle; everyone signed in gets the contacts as vCards", async ({ signedInAs }) => {
  const responder = await signedInAs("responder");
  expect((await responder.request.get("/api/plan/bundle")).status()).toBe(403);
  const vcard = await responder.request.get("/api/contacts/vcard");
  expect(vcard.status()).toBe(200);
  expect(vcard.headers()["content-disposition"]).toBe('attachment; filename="muster-contacts.vcf"');
  const contacts: Contact[] = await (await responder.request.get("/api/contacts")).json();
  const text = await vcard.text();
  expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(contacts.length);
  expect(text.match(/^TEL;/gm)).toHaveLength(contacts.length);
});

test("a responder prints the contact cards and a scenario's checklist", async ({ signedInAs }) => {
  const page = await signedInAs("responder");
  await page.goto("/plan/cards");
  await expect(page.getByRole("heading", { level: 1, name: "Emergency contact cards" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download vCard" })).toHaveAttribute("href", "/api/contacts/vcard");
  const cards = page.getByRole("list", { name: "Contact cards" }).locator(":scope > li");
  const contacts: Contact[] = await (await page.request.get("/api/contacts")).json();
  await expect(cards).toHaveCount(contacts.length + 2);
  await page.emulateMedia({ media: "print" });
  // Printed, a card is a bank card: 85.6 × 54 mm at 96 px to the inch.
  const box = await cards.first().boundingBox();
  expect(Math.round(box!.width)).toBe(Math.round((85.6 / 25.4) * 96));
  expect(Math.round(box!.height)).toBe(Math.round((54 / 25.4) * 96));

  await page.emulateMedia({ media: "screen" });
  await page.goto("/plan/quick-reference");
  await page.getByRole("link", { name: "Database Corruption/Loss" }).click();
  await expect(page).toHaveURL(/\/plan\/quick-reference\/database-corruption-loss$/);
  await expect(page.getByRole("heading", { level: 1, name: "Database Corruption/Loss" })).toBeVisible();
  await expect(page.getByText(/RTO .* · RPO/)).toBeVisible();
  await expect(page.locator("pre").first()).toBeVisible();
});

test("an admin approves the plan's version, and the document says so", async ({ signedInAs }) => {
  const page = await signedInAs("admin");
  await page.goto("/plan");
  // A note with a control character the server would refuse is refused beside the field, in words.
  await page.getByLabel("Note (optional)").fill("Approved\u0007");
  await page.getByRole("button", { name: /^Approve version/ }).click();
  await expect(page.locator("#approval-note-error")).toHaveText(/^The note must not contain control characters/);
  await expect(page.getByRole("status").filter({ hasText: "Approval recorded" })).toHaveCount(0);
  await page.getByLabel("Note (optional)").fill("Approved at the break-glass drill");
  await page.getByRole("button", { name: /^Approve version/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approval recorded" })).toBeVisible();
  await expect(page.getByText("Approved at the break-glass drill").first()).toBeVisible();
  const [latest] = await (await page.request.get("/api/plan/approvals")).json();
  expect(latest).toMatchObject({ note: "Approved at the break-glass drill", approvedBy: { name: expect.any(String) } });
  await page.goto("/plan/document");
  await expect(page.getByText(new RegExp(`(Approved: v${latest.version.replace(".", "\\.")} by|not approved yet)`)).first()).toBeVisible();
});
