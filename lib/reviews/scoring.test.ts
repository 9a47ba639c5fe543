// A drill is scored: suggestions from controlled figures, the commander's confirmation or
// override, findings and their action items, and the drill report built from them.
import { describe, expect, it } from "vitest";
import { reviewMarkdown } from "@/app/api/incidents/[id]/review/export/review-markdown";
import { createActionItem } from "@/lib/action-items/mutations";
import { setChecklistItem } from "@/lib/checklists/mutations";
import { db } from "@/lib/db";
import { joinIncident } from "@/lib/incident-roles/mutations";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { getReview } from "@/lib/reviews/data";
import { addFinding, confirmCriterion, removeFinding, scoreCriterion } from "@/lib/reviews/mutations";
import { presentReview } from "@/lib/reviews/present";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { declareOutage, moveAlong } from "@/test/incidents";
import { demoUser, extraUser } from "@/test/users";

/**
 * A monthly database recovery drill, detected 10:00: the database back at 10:42 with 5 min of data
 * lost (RTO 1 h, RPO 15 min), the core API at 11:10 with 30 min lost, the web application never
 * marked restored; two steps ticked by the responder; one update to stakeholders.
 */
async function scoredDrill() {
  const commander = await demoUser("commander");
  const responder = await demoUser("responder");
  const incident = await declareOutage(commander, { title: "Monthly database recovery drill", isDrill: true });
  const schedule = await db().drillSchedule.findFirstOrThrow({ where: { key: "database-recovery" }, include: { services: true } });
  await db().incident.update({ where: { id: incident.id }, data: { drillScheduleId: schedule.id } });
  await joinIncident(responder, incident.id);
  const steps = await db().checklistItem.findMany({ where: { incidentId: incident.id }, orderBy: { position: "asc" }, take: 2 });
  for (const step of steps) await setChecklistItem(responder, incident.id, step.id, { done: true, version: step.version });
  await markServiceRestored(commander, incident.id, "database", { restoredAt: "2026-11-25T10:42:00Z", dataLossMinutes: 5 });
  await markServiceRestored(commander, incident.id, "core-api", { restoredAt: "2026-11-25T11:10:00Z", dataLossMinutes: 30 });
  await postStatusUpdate(commander, incident.id, { audience: "stakeholders", body: "Drill under way: database restore in progress" });
  await moveAlong(commander, incident.id);
  const total = await db().checklistItem.count({ where: { incidentId: incident.id } });
  return { incidentId: incident.id, commander, responder, schedule, total };
}

async function snapshot(incidentId: string) {
  return {
    review: await db().postIncidentReview.findUnique({
      where: { incidentId },
      include: { criteria: { orderBy: { criterionKey: "asc" } }, findings: { orderBy: { id: "asc" } }, actionItems: { orderBy: { id: "asc" } } },
    }),
    lastSeq: (await db().incident.findUniqueOrThrow({ where: { id: incidentId } })).lastSeq,
  };
}

const criterion = async (incidentId: string, key: string) =>
  (await getReview(await demoUser("viewer"), incidentId)).review.criteria.find((item) => item.key === key)!;

describe("the drill's suggested scores", () => {
  it("suggests each criterion from the measured figures, with the figures as the reason, and performance not at all", async () => {
    const { incidentId, total } = await scoredDrill();
    const review = await getReview(await demoUser("viewer"), incidentId);
    const suggestions = Object.fromEntries(review.review.criteria.map((item) => [item.key, item.suggestion]));
    expect(suggestions).toEqual({
      "rto-achievement": { met: false, reason: "Core API was restored in 1 h 10 min against a 1 h RTO" },
      "rpo-achievement": { met: false, reason: "Core API lost 30 min of data against a 15 min RPO" },
      functionality: { met: false, reason: `Web Application was not marked restored; only 2 of ${total} checklist steps were done` },
      performance: null,
      communication: { met: true, reason: "1 status update to stakeholders was posted" },
    });
    expect(review.checklist).toEqual({ done: 2, total });
    expect(review.review.criteria.every((item) => item.met === null && item.confirmation === null)).toBe(true);
  });

  it("follows the figures: once every service is back within its targets and the steps are done, RTO, RPO and functionality are met", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander, {
      isDrill: true,
      services: [{ key: "database", impact: "down" }],
      scenarioKey: undefined,
    });
    await markServiceRestored(commander, id, "database", { restoredAt: "2026-11-25T10:30:00Z", dataLossMinutes: 10 });
    for (const step of await db().checklistItem.findMany({ where: { incidentId: id } })) {
      await setChecklistItem(commander, id, step.id, { done: true, version: step.version });
    }
    await moveAlong(commander, id);
    const suggestion = async (key: string) => (await criterion(id, key)).suggestion;
    expect(await suggestion("rto-achievement")).toEqual({ met: true, reason: "every service was restored within its RTO: Database in 30 min (RTO 1 h)" });
    expect(await suggestion("rpo-achievement")).toEqual({ met: true, reason: "every recorded data loss was within its RPO: Database 10 min (RPO 15 min)" });
    expect((await suggestion("functionality"))?.met).toBe(true);
    expect(await suggestion("communication")).toEqual({ met: false, reason: "no status update was posted to stakeholders or the public" });
  });
});

describe("the commander confirms the scores", () => {
  it("confirms a suggestion, keeping who confirmed it, when, and what the figures suggested", async () => {
    const { incidentId, commander } = await scoredDrill();
    await confirmCriterion(commander, incidentId, "rto-achievement", { met: false });
    const score = await db().reviewCriterionScore.findFirstOrThrow({ where: { criterionKey: "rto-achievement", review: { incidentId } } });
    expect(score).toMatchObject({ met: false, confirmedById: commander.id, suggestedMet: false, confirmedAt: expect.any(Date) });
    expect((await criterion(incidentId, "rto-achievement")).confirmation).toEqual({ by: commander.name, at: score.confirmedAt, suggestedMet: false });
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId, type: "review.criterion_confirmed" } });
    expect(event).toMatchObject({ actorId: commander.id, data: { criterion: { key: "rto-achievement" }, met: false, suggestedMet: false, note: null } });

    // Performance has no measure: the commander decides, no note needed.
    await confirmCriterion(commander, incidentId, "performance", { met: true });
    expect(await criterion(incidentId, "performance")).toMatchObject({ met: true, confirmation: { suggestedMet: null } });
  });

  it("overrides a suggestion only with a note saying why; without one nothing changes", async () => {
    const { incidentId, commander } = await scoredDrill();
    const before = await snapshot(incidentId);
    const refused = await confirmCriterion(commander, incidentId, "functionality", { met: true }).catch((error) => error);
    expect(refused).toMatchObject({ kind: "invalid", field: "note" });
    expect(refused.message).toMatch(/^note must say why the score differs from what the figures suggest \(Web Application was not marked restored/);
    expect(await snapshot(incidentId)).toEqual(before);

    await confirmCriterion(commander, incidentId, "functionality", { met: true, note: "The web tier was out of the drill's scope" });
    expect(await criterion(incidentId, "functionality")).toMatchObject({
      met: true,
      note: "The web tier was out of the drill's scope",
      confirmation: { by: commander.name, suggestedMet: false },
    });
  });

  it("asks for confirmation again when someone changes a confirmed score", async () => {
    const { incidentId, commander, responder } = await scoredDrill();
    await confirmCriterion(commander, incidentId, "communication", { met: true });
    await scoreCriterion(responder, incidentId, "communication", { met: true, note: "Same score, a note" });
    expect((await criterion(incidentId, "communication")).confirmation).not.toBeNull();
    await scoreCriterion(responder, incidentId, "communication", { met: false });
    expect((await criterion(incidentId, "communication")).confirmation).toBeNull();
  });

  it("refuses anyone but the incident's commander and admins, and changes nothing", async () => {
    const { incidentId, responder } = await scoredDrill();
    const before = await snapshot(incidentId);
    for (const user of [responder, await extraUser("commander", "Other Commander")]) {
      const refused = await confirmCriterion(user, incidentId, "rto-achievement", { met: false }).catch((error) => error);
      expect(refused).toMatchObject({ kind: "forbidden", message: "Only admins and the incident's commander can confirm its scores." });
    }
    const viewerRefused = await confirmCriterion(await demoUser("viewer"), incidentId, "rto-achievement", { met: false }).catch((error) => error);
    expect(viewerRefused).toMatchObject({ kind: "forbidden", message: expect.stringMatching(/^Your account can follow incidents but not change them\./) });
    expect(await snapshot(incidentId)).toEqual(before);
    await confirmCriterion(await demoUser("admin"), incidentId, "rto-achievement", { met: false });
    expect((await criterion(incidentId, "rto-achievement")).confirmation?.by).toBe((await demoUser("admin")).name);
  });

  it.each([
    [{ met: "yes" }, "met"],
    [{}, "met"],
    [{ met: null }, "met"],
    [{ met: true, note: 42 }, "note"],
    [{ met: true, extra: 1 }, "extra"],
  ])("refuses bad input in words (%#) and changes nothing", async (input, field) => {
    const { incidentId, commander } = await scoredDrill();
    const before = await snapshot(incidentId);
    const refused = await confirmCriterion(commander, incidentId, "performance", input).catch((error) => error);
    expect(refused).toMatchObject({ kind: "invalid", field });
    expect(refused.message).not.toMatch(/body|Invalid input/);
    expect(await snapshot(incidentId)).toEqual(before);
    await expect(confirmCriterion(commander, incidentId, "luck", { met: true })).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("findings", () => {
  it("records findings, turns one into an action item once, and removes one", async () => {
    const { incidentId, commander, responder } = await scoredDrill();
    await addFinding(responder, incidentId, { text: "The restore runbook names the old replica host" });
    const kept = await addFinding(commander, incidentId, { text: "  Nobody watched replication lag  " });
    const item = await createActionItem(commander, incidentId, { title: "Alert on replication lag", ownerName: "DBA", findingId: kept.id });
    await expect(createActionItem(commander, incidentId, { title: "Again", ownerName: "DBA", findingId: kept.id })).rejects.toMatchObject({
      kind: "conflict",
    });
    await expect(createActionItem(commander, incidentId, { title: "Nothing", ownerName: "DBA", findingId: "no-such-finding" })).rejects.toMatchObject({
      kind: "invalid",
      field: "findingId",
    });
    const { findings } = (await getReview(commander, incidentId)).review;
    expect(findings.map(({ text, createdBy, actionItemId }) => ({ text, createdBy, actionItemId }))).toEqual([
      { text: "The restore runbook names the old replica host", createdBy: responder.name, actionItemId: null },
      { text: "Nobody watched replication lag", createdBy: commander.name, actionItemId: item.id },
    ]);

    const before = await snapshot(incidentId);
    await expect(addFinding(commander, incidentId, { text: "ok" })).rejects.toMatchObject({ kind: "invalid", field: "text" });
    await expect(addFinding(commander, incidentId, {})).rejects.toMatchObject({ kind: "invalid", field: "text" });
    await expect(addFinding(await demoUser("viewer"), incidentId, { text: "A viewer's finding" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(removeFinding(commander, incidentId, "no-such-finding")).rejects.toMatchObject({ kind: "not_found" });
    expect(await snapshot(incidentId)).toEqual(before);

    await removeFinding(commander, incidentId, kept.id);
    expect((await getReview(commander, incidentId)).review.findings).toHaveLength(1);
    expect(await db().actionItem.findUnique({ where: { id: item.id } })).not.toBeNull();
    const types = await db().timelineEvent.findMany({ where: { incidentId, type: { startsWith: "review.finding" } }, orderBy: { seq: "asc" } });
    expect(types.map((event) => event.type)).toEqual(["review.finding_added", "review.finding_added", "review.finding_removed"]);
  });
});

describe("the drill report", () => {
  it("holds the scope, the figures against their targets, the criteria with who confirmed them, findings, action items and who took part", async () => {
    const { incidentId, commander, responder, schedule } = await scoredDrill();
    await confirmCriterion(commander, incidentId, "rto-achievement", { met: false });
    await confirmCriterion(commander, incidentId, "communication", { met: false, note: "Only one update in two hours" });
    const finding = await addFinding(commander, incidentId, { text: "Replica promotion took 20 minutes" });
    await createActionItem(commander, incidentId, { title: "Script the replica promotion", ownerId: responder.id, findingId: finding.id, priority: "high" });
    const detail = await getReview(commander, incidentId);
    const markdown = reviewMarkdown(presentReview(detail), new Date("2026-11-26T09:00:00Z"));

    expect(markdown).toMatch(/^# Drill report: #\d+ Monthly database recovery drill\n/);
    expect(markdown).toContain(`## Scope\n\n- Test: ${schedule.testType}\n- Scope: ${schedule.scope}\n`);
    expect(markdown).toContain("- Database: RTO target 1 h, recovered in 42 min (met); RPO target 15 min, 5 min of data lost (met)");
    expect(markdown).toContain("- Core API: RTO target 1 h, recovered in 1 h 10 min (missed); RPO target 15 min, 30 min of data lost (missed)");
    expect(markdown).toContain("- Web Application: RTO target 2 h, not marked restored; RPO target 1 h, data loss not recorded");
    expect(markdown).toMatch(
      new RegExp(
        `- RTO Achievement \\(Recovery completed within target time\\): Not met\\. Suggested: not met, because Core API was restored in 1 h 10 min against a 1 h RTO\\. Confirmed by ${commander.name}, `,
      ),
    );
    expect(markdown).toMatch(/- Communication \(.*\): Not met\. Suggested: met, because 1 status update to stakeholders was posted\. Overridden by .* \(the figures suggested met\)\. Only one update in two hours/);
    expect(markdown).toContain("- Performance (");
    expect(markdown).toContain("No suggestion: the figures do not measure this. Not confirmed yet");
    expect(markdown).toContain(`## Findings\n\n1. Replica promotion took 20 minutes (action item: Script the replica promotion, ${responder.name}, open)`);
    expect(markdown).toContain(`| Script the replica promotion | ${responder.name} | Not set | Open | High |`);
    expect(markdown).toContain(`- ${responder.name}: Responder · ticked 2 steps · attended the review`);
    expect(markdown).toMatch(new RegExp(`- ${commander.name}: Incident commander.* · attended the review`));
    // The key events, not every tick.
    expect(markdown).not.toContain("## Timeline: every event");
    expect(markdown).not.toContain(`${responder.name} ticked`);
    expect(markdown).toContain(`${commander.name} marked Database restored`);
  });
});
