import type { APIRequestContext } from "@playwright/test";
import { verifyPackedIncidents, packedTimelinesSchema } from "../lib/evidence/verify";
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi, resolveThroughApi, type DeclaredIncident } from "./fixtures/incidents";
import { EvidencePage } from "./pages/evidence-page";

const today = () => new Date().toISOString().slice(0, 10);

/** Declared, its database restored with the data loss measured, then resolved: it has figures and a review. */
async function recovered(request: APIRequestContext, title: string, isDrill: boolean): Promise<DeclaredIncident> {
  const incident = await declareThroughApi(request, { title, isDrill, scenarioKey: "database-corruption-loss", services: [{ key: "database", impact: "down" }] });
  const restored = await request.post(`/api/incidents/${incident.id}/services/database/restored`, { data: { dataLossMinutes: 5 } });
  expect(restored.ok(), "mark the database restored").toBe(true);
  await resolveThroughApi(request, incident.id);
  return incident;
}

test("an auditor reads a period's drill and incident with their figures, and downloads a pack that verifies", async ({ signedInAs }) => {
  const commander = await signedInAs("commander");
  const stamp = Date.now();
  const drill = await recovered(commander.request, `Database recovery drill ${stamp}`, true);
  const outage = await recovered(commander.request, `Primary database lost ${stamp}`, false);

  const page = await signedInAs("viewer");
  const evidence = new EvidencePage(page);
  await evidence.showPeriod(today(), today());

  const drillEntry = evidence.entry("drills", drill.title);
  await expect(drillEntry).toContainText("Drill");
  await expect(drillEntry.getByRole("row").filter({ hasText: "Database" })).toContainText(/Recovered in \d+ min/);
  await expect(drillEntry.getByRole("row").filter({ hasText: "Database" })).toContainText("5 min of data lost");
  await expect(drillEntry).toContainText("Timeline intact");
  await expect(drillEntry).toContainText("RTO Achievement");
  await expect(evidence.entry("incidents", outage.title)).toContainText("Timeline intact");
  // A drill is never listed with the real incidents.
  await expect(evidence.entry("incidents", drill.title)).toHaveCount(0);

  const { name, pack } = await evidence.downloadPack();
  expect(name).toBe(`muster-evidence-${today()}-to-${today()}.json`);
  expect(pack.report).toContain(`Drill #${drill.number}: Database recovery drill ${stamp}`);
  expect(pack.report).toContain(`Incident #${outage.number}: Primary database lost ${stamp}`);
  const packedDrill = pack.records.drills.find((entry: { id: string }) => entry.id === drill.id);
  expect(packedDrill.events.length).toBe(packedDrill.lastSeq);
  expect(packedDrill.events[0]).toMatchObject({ seq: 1, type: "incident.declared", hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(pack.records.incidents.map((entry: { id: string }) => entry.id)).toContain(outage.id);
  for (const { verdict } of verifyPackedIncidents(packedTimelinesSchema.parse(pack).records)) expect(verdict).toMatchObject({ intact: true });

  const verify = await page.request.get(`/api/incidents/${outage.id}/verify`);
  expect(await verify.json()).toEqual({ intact: true, events: expect.any(Number) });
});

test("a period that cannot be is refused in words", async ({ signedInAs }) => {
  const page = await signedInAs("viewer");
  const refused = await page.request.get("/api/evidence?from=2026-02-30");
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error).toBe("from must be a day, such as 2026-12-01");
  const backwards = await page.request.get("/api/evidence/pack?from=2026-11-30&to=2026-11-01");
  expect(backwards.status()).toBe(400);
  expect((await backwards.json()).error).toBe("The period must start on or before its last day.");

  await page.goto("/evidence?from=2026-11-30&to=2026-11-01");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The period must start on or before its last day. Showing the last twelve months instead.");
});
