import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listIncidentObligations, listReportingObligations } from "@/lib/obligations/data";
import { addReportingObligation, classifyIncident, recordReport, removeReportingObligation, updateReportingObligation } from "@/lib/obligations/mutations";
import { DORA_PRESET } from "@/lib/obligations/presets";
import { presentReportingObligation } from "@/lib/obligations/present";
import { exportPlan } from "@/lib/plan/code/export";
import { importPlanCode } from "@/lib/plan/code/import";
import { getStatusBoard } from "@/lib/status-board/data";
import { presentStatusBoard } from "@/lib/status-board/present";
import { eventsAfter } from "@/lib/timeline/data";
import { declareOutage } from "@/test/incidents";
import { demoUser } from "@/test/users";

const HOUR_MS = 3_600_000;
const planVersion = async () => (await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version;
const changesOf = (key: string) => db().planChange.findMany({ where: { kind: "reporting-obligation", itemKey: key }, orderBy: { changedAt: "asc" } });

async function withDora() {
  const admin = await demoUser("admin");
  if (!(await db().reportingObligation.findUnique({ where: { key: DORA_PRESET.key } }))) await addReportingObligation(admin, { preset: "dora" });
  return admin;
}

describe("the plan's reporting obligations", () => {
  it("adds the DORA preset, edits and removes an obligation, each a plan version on record", async () => {
    const admin = await demoUser("admin");
    const before = await planVersion();
    const added = await addReportingObligation(admin, { preset: "dora" });
    expect(added).toEqual({ key: DORA_PRESET.key, name: DORA_PRESET.name, clockStart: "classification", deadlines: DORA_PRESET.deadlines });
    expect(await planVersion()).not.toBe(before);
    await expect(addReportingObligation(admin, { preset: "dora" })).rejects.toMatchObject({ kind: "conflict" });

    const own = await addReportingObligation(admin, {
      name: "Data protection breach notice",
      clockStart: "detection",
      deadlines: [{ name: "Notice to the authority", within: "72h", from: "clock_start" }],
    });
    expect(own).toMatchObject({ key: "data-protection-breach-notice", deadlines: [{ key: "notice-to-the-authority", atMostAfterDetection: null }] });
    const edited = await updateReportingObligation(admin, own.key, { deadlines: [{ name: "Notice to the authority", within: "48h", from: "detection" }] });
    expect(edited.deadlines[0]).toMatchObject({ within: "48h", from: "detection" });
    await removeReportingObligation(admin, own.key);
    expect((await listReportingObligations(admin)).map((obligation) => obligation.key)).not.toContain(own.key);
    expect((await changesOf(own.key)).map((change) => [change.before, change.after].map((values) => Object.keys(values as object).length > 0))).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
  });

  it("refuses a commander, and input that is not an obligation, changing nothing", async () => {
    const admin = await demoUser("admin");
    await expect(addReportingObligation(await demoUser("commander"), { preset: "dora" })).rejects.toMatchObject({ kind: "forbidden" });
    const version = await planVersion();
    await expect(addReportingObligation(admin, { preset: "nis3" })).rejects.toMatchObject({ kind: "invalid", field: "preset" });
    await expect(addReportingObligation(admin, { name: "X", clockStart: "detection", deadlines: [{ name: "Y", within: "soon", from: "clock_start" }] })).rejects.toMatchObject({
      kind: "invalid",
      message: 'deadlines.0.within must be a length of time such as "4h", "72h", "3d" or "1mo"',
    });
    await expect(addReportingObligation(admin, { name: "X", clockStart: "detection", deadlines: [{ name: "Y", within: "4h", from: "previous_report" }] })).rejects.toMatchObject({
      kind: "invalid",
      field: "deadlines.0.from",
    });
    expect(await planVersion()).toBe(version);
  });

  it("travels in the plan as code: exported, and imported back with a change", async () => {
    const admin = await withDora();
    const yaml = await exportPlan(admin, "yaml");
    expect(yaml).toContain("reportingObligations:");
    expect(yaml).toContain("atMostAfterDetection: 24h");
    const report = await importPlanCode(admin, yaml.replace("within: 72h", "within: 48h"), "yaml");
    expect(report.changes).toEqual([expect.objectContaining({ part: "reportingObligations", key: DORA_PRESET.key, change: "changed" })]);
    const imported = (await listReportingObligations(admin)).map(presentReportingObligation).find((obligation) => obligation.key === DORA_PRESET.key);
    expect(imported?.deadlines[1].within).toBe("48h");
    await updateReportingObligation(admin, DORA_PRESET.key, { deadlines: DORA_PRESET.deadlines });
  });
});

describe("an incident classified under an obligation", () => {
  it("copies the deadlines, writes the timeline, and starts each deadline as the report before it is made", async () => {
    await withDora();
    const commander = await demoUser("commander");
    const now = new Date();
    const incident = await declareOutage(commander, { detectedAt: new Date(now.getTime() - 2 * HOUR_MS).toISOString() });

    const classified = await classifyIncident(commander, incident.id, { obligationKey: DORA_PRESET.key }, now);
    expect(classified.deadlines.map((deadline) => deadline.dueAt?.toISOString() ?? null)).toEqual([new Date(now.getTime() + 4 * HOUR_MS).toISOString(), null, null]);
    await expect(classifyIncident(commander, incident.id, { obligationKey: DORA_PRESET.key })).rejects.toMatchObject({ kind: "conflict" });

    // A later edit of the plan leaves the running incident's clocks alone.
    await updateReportingObligation(await demoUser("admin"), DORA_PRESET.key, { deadlines: [{ ...DORA_PRESET.deadlines[0], within: "1h" }, ...DORA_PRESET.deadlines.slice(1)] });
    const [kept] = await listIncidentObligations(commander, incident.id);
    expect(kept.deadlines[0].within).toBe("4h");

    await expect(recordReport(commander, incident.id, DORA_PRESET.key, { deadline: "intermediate-report" })).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining("initial notification first") });
    await expect(recordReport(commander, incident.id, DORA_PRESET.key, { deadline: "initial-notification", at: new Date(now.getTime() + HOUR_MS).toISOString() }, now)).rejects.toMatchObject({ kind: "invalid", field: "at" });
    await expect(recordReport(commander, incident.id, DORA_PRESET.key, { deadline: "weekly-report" })).rejects.toMatchObject({ kind: "invalid", field: "deadline" });

    const madeAt = new Date(now.getTime() + HOUR_MS);
    const after = await recordReport(commander, incident.id, DORA_PRESET.key, { deadline: "initial-notification", reference: "EBA-2026-0042", at: madeAt.toISOString() }, new Date(madeAt.getTime() + 60_000));
    expect(after.deadlines[0].report).toEqual({ reportedAt: madeAt, reference: "EBA-2026-0042" });
    expect(after.deadlines[1].dueAt?.toISOString()).toBe(new Date(madeAt.getTime() + 72 * HOUR_MS).toISOString());
    await expect(recordReport(commander, incident.id, DORA_PRESET.key, { deadline: "initial-notification" })).rejects.toMatchObject({ kind: "conflict" });

    const events = (await eventsAfter(incident.id, 0)).filter((event) => event.type.startsWith("obligation."));
    expect(events.map((event) => event.type)).toEqual(["obligation.classified", "obligation.report_recorded"]);
    expect(events[1].data).toMatchObject({ deadline: { key: "initial-notification", name: "Initial notification" }, reference: "EBA-2026-0042", late: false });
    await updateReportingObligation(await demoUser("admin"), DORA_PRESET.key, { deadlines: DORA_PRESET.deadlines });
  });

  it("is the commander's to make: a responder and a viewer are refused", async () => {
    await withDora();
    const incident = await declareOutage();
    for (const role of ["responder", "viewer"] as const) {
      await expect(classifyIncident(await demoUser(role), incident.id, { obligationKey: DORA_PRESET.key })).rejects.toMatchObject({ kind: "forbidden" });
    }
    await expect(classifyIncident(await demoUser("commander"), incident.id, { obligationKey: "nis2" })).rejects.toMatchObject({ kind: "invalid", field: "obligationKey" });
    expect(await listIncidentObligations(await demoUser("viewer"), incident.id)).toEqual([]);
  });

  it("shows its deadlines on the status board's card", async () => {
    await withDora();
    const commander = await demoUser("commander");
    const incident = await declareOutage(commander, { detectedAt: new Date().toISOString() });
    await classifyIncident(commander, incident.id, { obligationKey: DORA_PRESET.key });
    const board = presentStatusBoard(await getStatusBoard(await demoUser("viewer")));
    const card = board.active.find((active) => active.id === incident.id);
    expect(card?.obligations.map((obligation) => [obligation.key, obligation.deadlines.map((deadline) => deadline.dueAt !== null)])).toEqual([[DORA_PRESET.key, [true, false, false]]]);
  });

  it("classifies a drill for practice, and it stays a drill", async () => {
    await withDora();
    const commander = await demoUser("commander");
    const drill = await declareOutage(commander, { isDrill: true, title: "Database recovery drill" });
    await classifyIncident(commander, drill.id, { obligationKey: DORA_PRESET.key });
    expect((await db().incident.findUniqueOrThrow({ where: { id: drill.id } })).isDrill).toBe(true);
    expect(await listIncidentObligations(commander, drill.id)).toHaveLength(1);
  });
});
