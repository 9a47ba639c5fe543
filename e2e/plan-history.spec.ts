// Document control end to end: an admin replaces the incident commander's demo number, an incident
// declared afterwards pages the new one, and the plan's history shows the change before and after.
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";
import { demoUser } from "./fixtures/users";
import { WarRoomPage } from "./pages/war-room-page";
import { MINUTE_MS } from "../lib/format";

test("a replaced phone number reaches the next incident's escalation banner and the plan's history", async ({ signedInAs }) => {
  const [admin, commander] = await Promise.all([signedInAs("admin"), signedInAs("commander")]);
  const contacts = await (await admin.request.get("/api/contacts")).json();
  const before = contacts.find((contact: { key: string }) => contact.key === "incident-commander");
  // A number of its own each run, in the range kept for drama (Ofcom's 020 7946 0xxx): no other spec reads it.
  const phone = `+44 20 7946 ${String(Date.now() % 10_000).padStart(4, "0")}`;

  await admin.goto("/contacts");
  // Typed into before the page has hydrated, React would put its own value back.
  await admin.waitForLoadState("networkidle");
  const card = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: "Incident Commander", exact: true }) });
  const badge = card.getByText("Demo value — replace");
  await expect(badge).toHaveCount(before.isDemoValue ? 1 : 0);
  await card.getByText("Edit Incident Commander", { exact: true }).click();
  const form = card.getByRole("form", { name: "Edit Incident Commander" });
  await form.getByLabel("Phone").fill(phone);
  await form.getByRole("button", { name: "Save contact" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved");
  await expect(card.getByRole("link", { name: `Call ${before.name}, ${phone}` })).toBeVisible();
  await expect(badge).toHaveCount(0);
  // The page's header says who changed its items last.
  await expect(admin.getByText(new RegExp(`^Last changed .+ by ${demoUser("admin").name}`))).toBeVisible();

  // Detected over half an hour ago: level 2, which brings in the incident commander, has fallen due.
  const incident = await declareThroughApi(commander.request, {
    title: `New number ${Date.now()}`,
    services: [{ key: "core-api", impact: "down" }],
    detectedAt: new Date(Date.now() - 31 * MINUTE_MS).toISOString(),
  });
  const warRoom = new WarRoomPage(commander);
  await warRoom.goto(incident.id);
  const banner = commander.getByRole("region", { name: "Escalation" });
  await expect(banner).toContainText("Escalated to Level 2", { timeout: 25_000 });
  await expect(banner.getByRole("link", { name: `Call ${before.name}, ${phone}` })).toBeVisible();

  await admin.goto("/plan");
  await admin.getByRole("link", { name: "History" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Plan history" })).toBeVisible();
  const change = admin.getByRole("region", { name: "Versions", exact: true }).getByRole("listitem").filter({ hasText: phone });
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(before.name);
  await expect(change).toContainText(demoUser("admin").name);
  await expect(change.getByRole("deletion").filter({ hasText: `"${before.phone}"` })).toBeVisible();
  await expect(change.getByRole("insertion").filter({ hasText: `"${phone}"` })).toBeVisible();

  // Compared with the version before it, the change is the only difference, item by item.
  await change.getByRole("link", { name: /^Compare with / }).click();
  const diff = admin.getByRole("region", { name: /^From \d+\.\d+ to \d+\.\d+$/ });
  await expect(diff.getByRole("listitem")).toHaveCount(1);
  await expect(diff).toContainText(`"${before.phone}"`);
  await expect(diff).toContainText(`"${phone}"`);
});

test("a major version with no note is refused beside the note, in words, and nothing is sent", async ({ signedInAs }) => {
  const admin = await signedInAs("admin");
  const sent: string[] = [];
  admin.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/api/plan/versions")) sent.push(request.url());
  });
  await admin.goto("/plan/history");
  await admin.waitForLoadState("networkidle");
  const form = admin.getByRole("form", { name: "Mark a major version" });
  await form.getByLabel("Note").fill("   ");
  await form.getByRole("button", { name: "Mark major version" }).click();
  const note = form.getByLabel("Note");
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await expect(note).toHaveAccessibleDescription(/Say why this version is a major one\.$/);
  await expect(form.getByRole("status")).toHaveCount(0);
  expect(sent).toEqual([]);
});
