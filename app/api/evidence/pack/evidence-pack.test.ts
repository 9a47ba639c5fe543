import { beforeAll, describe, expect, it } from "vitest";
import { evidenceMarkdown } from "@/app/api/evidence/pack/evidence-markdown";
import { createActionItem } from "@/lib/action-items/mutations";
import { db } from "@/lib/db";
import { evidenceRecords } from "@/lib/evidence/data";
import { presentEvidenceLedger, presentEvidencePack } from "@/lib/evidence/present";
import { packedTimelinesSchema, verifyPackedIncidents } from "@/lib/evidence/verify";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { scoreCriterion } from "@/lib/reviews/mutations";
import { declareOutage, moveAlong } from "@/test/incidents";
import { demoUser } from "@/test/users";

const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };
const NOW = new Date("2026-12-01T08:00:00Z");

/** A drill and a real incident in November, one incident in October, and two backup checks. */
async function novemberOnRecord() {
  const commander = await demoUser("commander");
  const drill = await declareOutage(commander, { title: "Monthly database recovery drill", isDrill: true, detectedAt: "2026-11-10T09:00:00Z" });
  await markServiceRestored(commander, drill.id, "database", { restoredAt: "2026-11-10T09:20:00Z", dataLossMinutes: 5 });
  await moveAlong(commander, drill.id);
  await scoreCriterion(commander, drill.id, "rto-achievement", { met: true, note: "Database back in 20 min" });
  await createActionItem(commander, drill.id, { title: "Script the replica promotion", ownerName: "Dana | DBA", priority: "high" });

  const outage = await declareOutage(commander, { title: "Core API down", detectedAt: "2026-11-25T10:00:00Z" });
  await markServiceRestored(commander, outage.id, "core-api", { restoredAt: "2026-11-25T12:30:00Z" });
  await declareOutage(commander, { title: "October outage", detectedAt: "2026-10-20T10:00:00Z" });

  const [daily] = await db().backupVerificationSchedule.findMany({ orderBy: { position: "asc" }, take: 1 });
  await db().backupVerification.createMany({
    data: [
      { scheduleId: daily.id, performedAt: new Date("2026-11-12T02:00:00Z"), succeeded: true, dataClassKey: "database", restorePointAt: new Date("2026-11-12T01:45:00Z") },
      { scheduleId: daily.id, performedAt: new Date("2026-11-13T02:00:00Z"), succeeded: false, notes: "Checksum mismatch on shard 3" },
      { scheduleId: daily.id, performedAt: new Date("2026-10-13T02:00:00Z"), succeeded: true },
    ],
  });
  return { drill, outage };
}

async function novemberPack() {
  const records = await evidenceRecords(await demoUser("viewer"), NOVEMBER, NOW);
  const ledger = presentEvidenceLedger(records);
  return { ledger, pack: presentEvidencePack(records, ledger, evidenceMarkdown(ledger)) };
}

describe("the evidence ledger and pack", () => {
  let recorded: Awaited<ReturnType<typeof novemberOnRecord>>;
  beforeAll(async () => {
    recorded = await novemberOnRecord();
  });

  it("holds the period's drill and incident with their figures, criteria, action items and backup checks", async () => {
    const { drill, outage } = recorded;
    const { ledger, pack } = await novemberPack();

    expect(ledger.period).toEqual(NOVEMBER);
    expect(ledger.drills.map((entry) => entry.id)).toEqual([drill.id]);
    expect(ledger.incidents.map((entry) => entry.id)).toEqual([outage.id]);
    const [drillEntry] = ledger.drills;
    expect(drillEntry.services.find((service) => service.key === "database")).toMatchObject({ recoveryMinutes: 20, rto: "met", dataLossMinutes: 5, rpo: "met" });
    expect(drillEntry.review?.criteria.find((criterion) => criterion.key === "rto-achievement")).toMatchObject({ met: true, note: "Database back in 20 min" });
    expect(drillEntry.review?.actionItems).toMatchObject([{ title: "Script the replica promotion", status: "open" }]);
    expect(drillEntry.chain).toEqual({ intact: true, events: drillEntry.lastSeq });
    expect(ledger.backupVerifications.map((record) => [record.performedAt.toISOString(), record.succeeded, record.restorePointAt?.toISOString() ?? null])).toEqual([
      ["2026-11-12T02:00:00.000Z", true, "2026-11-12T01:45:00.000Z"],
      ["2026-11-13T02:00:00.000Z", false, null],
    ]);
    expect(ledger.planVersions.length).toBeGreaterThan(0);

    expect(pack.report).toContain("## Drills");
    expect(pack.report).toContain(`### Drill #${drillEntry.number}: Monthly database recovery drill`);
    expect(pack.report).toContain("| Database | ");
    expect(pack.report).toContain("Dana \\| DBA");
    expect(pack.report).toContain("Checksum mismatch on shard 3");
    // The restore point a passing check proved stands beside it.
    expect(pack.report).toMatch(/\| Succeeded \| 12 Nov 2026, 01:45 \|/);
    expect(pack.report).not.toContain("October outage");
  });

  it("exports timelines a reader can verify offline, and shows an event changed in the file", async () => {
    const { pack } = await novemberPack();
    // What a reader has: the downloaded file.
    const file = packedTimelinesSchema.parse(JSON.parse(JSON.stringify(pack)));
    // Incidents first, then drills.
    const verdicts = verifyPackedIncidents(file.records);
    expect(verdicts).toHaveLength(2);
    for (const { verdict } of verdicts) expect(verdict).toMatchObject({ intact: true });

    const forged = structuredClone(file);
    const event = forged.records.incidents[0].events[1];
    event.occurredAt = "2026-11-25T09:00:00.000Z";
    expect(verifyPackedIncidents(forged.records)[0].verdict).toMatchObject({ intact: false, brokenAt: { seq: 2 } });

    const removed = structuredClone(file);
    removed.records.drills[0].events.pop();
    expect(verifyPackedIncidents(removed.records)[1].verdict).toMatchObject({ intact: false, brokenAt: { seq: removed.records.drills[0].lastSeq } });
  });

  it("takes the last twelve months by default and refuses a period in words", async () => {
    const viewer = await demoUser("viewer");
    expect(presentEvidenceLedger(await evidenceRecords(viewer, {}, NOW)).period).toEqual({ from: "2025-12-02", to: "2026-12-01" });
    await expect(evidenceRecords(viewer, { from: "2026-11-31" }, NOW)).rejects.toThrow("from must be a day, such as 2026-12-01");
    await expect(evidenceRecords(viewer, { from: "yesterday" }, NOW)).rejects.toThrow(/from must be a day/);
    await expect(evidenceRecords(viewer, { from: "2026-11-30", to: "2026-11-01" }, NOW)).rejects.toThrow("The period must start on or before its last day.");
    await expect(evidenceRecords(viewer, { from: "2023-11-30", to: "2026-11-30" }, NOW)).rejects.toThrow("A period may span at most three years: choose a later first day.");
    expect(presentEvidenceLedger(await evidenceRecords(viewer, { from: "2023-12-01", to: "2026-11-30" }, NOW)).period.from).toBe("2023-12-01");
  });
});
