import { beforeAll, describe, expect, it } from "vitest";
import { createActionItem } from "@/lib/action-items/mutations";
import { setChecklistItem } from "@/lib/checklists/mutations";
import { listContacts } from "@/lib/contacts/data";
import { updateContact } from "@/lib/contacts/mutations";
import { presentContact, presentContacts } from "@/lib/contacts/present";
import { db } from "@/lib/db";
import { assignRole } from "@/lib/incident-roles/mutations";
import { getIncident, listIncidents } from "@/lib/incidents/data";
import { transitionIncident } from "@/lib/incidents/mutations";
import {
  presentAffectedService,
  presentChecklistItemState,
  presentIncident,
  presentIncidentFields,
  presentIncidentSummaries,
} from "@/lib/incidents/present";
import { getMetrics } from "@/lib/metrics/data";
import { presentMetrics } from "@/lib/metrics/present";
import { listPlanChanges } from "@/lib/plan/changes";
import { recordPlanReview } from "@/lib/plan/mutations";
import { presentPlanChanges, presentPlanDocument } from "@/lib/plan/present";
import { readPublicStatus } from "@/lib/public-status/data";
import { presentPublicStatus } from "@/lib/public-status/present";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { getReview } from "@/lib/reviews/data";
import { addAttendee, scoreCriterion } from "@/lib/reviews/mutations";
import { presentReview } from "@/lib/reviews/present";
import { getRunbook, listRunbooks } from "@/lib/runbooks/data";
import { addPhase, addStep, removePhase, removeStep, updatePhase, updateRunbook, updateStep } from "@/lib/runbooks/mutations";
import { presentRunbook, presentRunbookSummaries } from "@/lib/runbooks/present";
import { runDueWork } from "@/lib/scheduler/scheduler";
import { updateService } from "@/lib/services/mutations";
import { getStatusBoard } from "@/lib/status-board/data";
import { presentStatusBoard } from "@/lib/status-board/present";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { documentedAnswerErrors } from "@/test/documented-answers";
import { declareOutage, moveAlong } from "@/test/incidents";
import { demoUser } from "@/test/users";

// One incident with something in every part of its answers: roles, a tick, a fired escalation,
// status updates (one public), a restored service, a review with an attendee, a score and an item.
let commander: SignedInUser;
let resolvedId: string;
let activeId: string;

beforeAll(async () => {
  commander = await demoUser("commander");
  const responder = await demoUser("responder");
  const resolved = await declareOutage(commander);
  resolvedId = resolved.id;
  await assignRole(commander, resolvedId, { userId: responder.id, role: "technical_lead" });
  await runDueWork(() => new Date());
  await postStatusUpdate(commander, resolvedId, { audience: "public", subject: "Database trouble", body: "We are restoring the database." });
  await moveAlong(commander, resolvedId);
  await addAttendee(commander, resolvedId, { name: "Vendor engineer" });
  await scoreCriterion(commander, resolvedId, "rto-achievement", { met: false, note: "The core API came back late" });
  await createActionItem(commander, resolvedId, { title: "Page the DBA at level 1", ownerName: "Database Admin", dueDate: "2026-12-01", priority: "high" });
  activeId = (await declareOutage(commander, { title: "Database down again", detectedAt: new Date().toISOString() })).id;
});

describe("every answer fits the schema the document gives it", () => {
  it("the incident list, detail and the answers of its writes", async () => {
    const detail = presentIncident(await getIncident(commander, activeId));
    expect(documentedAnswerErrors("getIncident", detail)).toBe("");
    expect(detail.roles.length).toBeGreaterThan(0);
    expect(documentedAnswerErrors("listIncidents", presentIncidentSummaries(await listIncidents(commander)))).toBe("");

    const item = detail.checklist[0];
    const ticked = await setChecklistItem(commander, activeId, item.id, { done: true, version: item.version });
    expect(documentedAnswerErrors("setChecklistItem", presentChecklistItemState(ticked))).toBe("");
    const restored = await markServiceRestored(commander, activeId, "database", { dataLossMinutes: 3 });
    expect(documentedAnswerErrors("markServiceRestored", presentAffectedService(restored))).toBe("");
    const moved = await transitionIncident(commander, activeId, { to: "assessing" });
    expect(documentedAnswerErrors("transitionIncident", presentIncidentFields(moved))).toBe("");
    // The document names every field an answer may have: one more is off it.
    expect(documentedAnswerErrors("transitionIncident", { ...presentIncidentFields(moved), isDemo: false })).toMatch(/additional properties/);

    const resolved = presentIncident(await getIncident(commander, resolvedId));
    expect(resolved.escalations.some((escalation) => escalation.firedAt)).toBe(true);
    expect(resolved.statusUpdates).toHaveLength(1);
    expect(documentedAnswerErrors("getIncident", resolved)).toBe("");
  });

  it("the review, with its attendees, criteria, action items and timeline", async () => {
    const review = presentReview(await getReview(commander, resolvedId));
    expect(review.review.attendees).toContainEqual(expect.objectContaining({ name: "Vendor engineer", userId: null }));
    expect(review.review.actionItems).toHaveLength(1);
    expect(documentedAnswerErrors("getReview", review)).toBe("");
  });

  it("the status board, the metrics, the public status and the plan's document control", async () => {
    const board = presentStatusBoard(await getStatusBoard(commander));
    expect(board.active.length).toBeGreaterThan(0);
    expect(board.health.some((service) => service.reasons.some((reason) => reason.kind === "dependency"))).toBe(true);
    expect(documentedAnswerErrors("getStatusBoard", board)).toBe("");
    expect(documentedAnswerErrors("getMetrics", presentMetrics(await getMetrics(commander)))).toBe("");
    const status = presentPublicStatus(await readPublicStatus());
    expect(status.incidents[0].updates).toHaveLength(1);
    expect(documentedAnswerErrors("getPublicStatus", status)).toBe("");
    expect(documentedAnswerErrors("recordPlanReview", presentPlanDocument(await recordPlanReview(await demoUser("admin"), {})))).toBe("");
  });

  it("the plan's writes and its change record", async () => {
    const admin = await demoUser("admin");
    expect(documentedAnswerErrors("updateService", await updateService(admin, "analytics", { rtoMinutes: 600, dependsOn: ["database", "storage"] }))).toBe("");
    const contacts = presentContacts(await listContacts(admin));
    expect(documentedAnswerErrors("listContacts", contacts)).toBe("");
    const [contact] = contacts;
    expect(documentedAnswerErrors("updateContact", presentContact(await updateContact(admin, contact.id, { backupName: null, organisation: "Muster" })))).toBe("");
    const changes = presentPlanChanges(await listPlanChanges(admin));
    expect(changes).toHaveLength(2);
    expect(documentedAnswerErrors("listPlanVersions", changes)).toBe("");
  });
});

describe("the runbooks' answers fit their schemas", () => {
  it("the list, one runbook, and the answer of each of its writes", async () => {
    const admin = await demoUser("admin");
    expect(documentedAnswerErrors("listRunbooks", presentRunbookSummaries(await listRunbooks(admin)))).toBe("");
    const runbook = presentRunbook((await getRunbook(admin, "database-failure"))!);
    expect(runbook.phases.some((phase) => phase.steps.some((step) => step.serviceKey && step.command))).toBe(true);
    expect(documentedAnswerErrors("getRunbook", runbook)).toBe("");
    expect(documentedAnswerErrors("updateRunbook", await updateRunbook(admin, "database-failure", { situation: null }))).toBe("");
    expect(documentedAnswerErrors("addRunbookPhase", await addPhase(admin, "database-failure", { name: "Follow-up", windowStartMinutes: 60 }))).toBe("");
    expect(documentedAnswerErrors("updateRunbookPhase", await updatePhase(admin, "database-failure", "follow-up", { windowAnchor: "recovery" }))).toBe("");
    const added = await addStep(admin, "database-failure", "follow-up", { title: "Tell the DBA", serviceKey: "database" });
    expect(documentedAnswerErrors("addRunbookStep", added)).toBe("");
    const stepId = added.phases.at(-1)!.steps[0].id;
    expect(documentedAnswerErrors("updateRunbookStep", await updateStep(admin, "database-failure", stepId, { phaseKey: "immediate", position: 1 }))).toBe("");
    expect(documentedAnswerErrors("removeRunbookStep", await removeStep(admin, "database-failure", stepId))).toBe("");
    expect(documentedAnswerErrors("removeRunbookPhase", await removePhase(admin, "database-failure", "follow-up"))).toBe("");
  });
});

describe("what stays on the server", () => {
  it("the scheduler's bookkeeping, the demo marker and the drill schedule's link never leave", async () => {
    await db().incident.update({ where: { id: activeId }, data: { statusReminderSentFor: new Date() } });
    const answers = [presentIncident(await getIncident(commander, activeId)), presentIncidentSummaries(await listIncidents(commander))[0], presentReview(await getReview(commander, resolvedId)).incident];
    for (const answer of answers) {
      for (const field of ["statusReminderSentFor", "isDemo", "drillScheduleId"]) expect(answer).not.toHaveProperty(field);
    }
  });
});
