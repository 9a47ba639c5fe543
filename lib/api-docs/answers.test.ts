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
import { runDueWork } from "@/lib/scheduler/scheduler";
import { updateService } from "@/lib/services/mutations";
import { getStatusBoard } from "@/lib/status-board/data";
import { presentStatusBoard } from "@/lib/status-board/present";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { listManagedUsers, type SignedInUser } from "@/lib/users/data";
import { invitationUrl } from "@/lib/users/invitation-url";
import { addUser, resetUserPassword, updateUser } from "@/lib/users/mutations";
import { presentGrantedAccess, presentManagedUser } from "@/lib/users/present";
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

describe("the users' answers", () => {
  it("the list, an add with each kind of access, a change and a reset", async () => {
    const admin = await demoUser("admin");
    const withAccess = ({ user, access }: Awaited<ReturnType<typeof addUser>>) => ({ ...presentManagedUser(user), access: presentGrantedAccess(access, invitationUrl) });
    const invited = withAccess(await addUser(admin, { email: "answers.invited@example.com", name: "Invited", role: "viewer" }));
    expect(invited.access).toHaveProperty("invitationUrl");
    expect(documentedAnswerErrors("addUser", invited)).toBe("");
    const given = withAccess(await addUser(admin, { email: "answers.given@example.com", name: "Given", role: "viewer", access: "one-time-password" }));
    expect(documentedAnswerErrors("addUser", given)).toBe("");
    const deactivated = presentManagedUser(await updateUser(admin, given.id, { active: false }));
    expect(deactivated.deactivatedAt).not.toBeNull();
    expect(documentedAnswerErrors("updateUser", deactivated)).toBe("");
    expect(documentedAnswerErrors("resetUserPassword", withAccess(await resetUserPassword(admin, invited.id, { access: "one-time-password" })))).toBe("");
    const users = (await listManagedUsers(admin)).map(presentManagedUser);
    expect(documentedAnswerErrors("listUsers", users)).toBe("");
    // Only whether there is a password leaves, never its hash.
    expect(documentedAnswerErrors("listUsers", [{ ...users[0], passwordHash: "$2b$10$…" }])).toMatch(/additional properties/);
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
