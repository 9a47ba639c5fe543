import { beforeAll, describe, expect, it } from "vitest";
import { createActionItem } from "@/lib/action-items/mutations";
import { getBackupStatus, listBackupPolicies, listBackupVerificationSchedules, listVerifications } from "@/lib/backups/data";
import { recordBackupVerification, updateBackupPolicy, updateVerificationSchedule } from "@/lib/backups/mutations";
import { presentBackupPolicy, presentBackupStatus, presentVerification, presentVerificationSchedule } from "@/lib/backups/present";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { listAuditEvents } from "@/lib/audit/data";
import { presentAuditPage } from "@/lib/audit/present";
import { setChecklistItem } from "@/lib/checklists/mutations";
import { listTemplates } from "@/lib/communications/data";
import { createTemplate, updateTemplate } from "@/lib/communications/mutations";
import { presentTemplate, presentTemplates } from "@/lib/communications/present";
import { PLACEHOLDERS } from "@/lib/communications/render";
import { listContacts } from "@/lib/contacts/data";
import { addContact, updateContact } from "@/lib/contacts/mutations";
import { presentContact, presentContacts } from "@/lib/contacts/present";
import { db } from "@/lib/db";
import { listDrillSchedules, listSuccessCriteria } from "@/lib/drills/data";
import { updateDrillSchedule, updateSuccessCriterion } from "@/lib/drills/mutations";
import { presentDrillSchedule, presentSuccessCriterion } from "@/lib/drills/present";
import { listEscalationLevels } from "@/lib/escalation/data";
import { addEscalationLevel, updateEscalationLevel } from "@/lib/escalation/level-mutations";
import { presentEscalationLevels } from "@/lib/escalation/present";
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
import { openApiDocument } from "@/lib/api-docs/openapi";
import { listPlanChanges } from "@/lib/plan/changes";
import { recordPlanReview, recordReviewHeld, updatePlanDocument } from "@/lib/plan/mutations";
import { presentAgenda, presentPlanChanges, presentPlanDocument, presentPlanList, presentReviewCadence, presentUpkeep } from "@/lib/plan/present";
import { listUpkeep } from "@/lib/plan/upkeep";
import { issueCalendarFeed } from "@/lib/calendar/feed";
import { presentCalendarFeed } from "@/lib/calendar/present";
import { planCodeJsonSchemaDocument } from "@/lib/plan/code/document";
import { exportPlan, exportPlanFile } from "@/lib/plan/code/export";
import { importPlanCode } from "@/lib/plan/code/import";
import { getPlanDocument, listPlanLists, listReviewAgenda, listReviewCadences } from "@/lib/plan/data";
import { addAgendaItem, removeAgendaItem, replacePlanList, updateAgendaItem, updateReviewCadence } from "@/lib/plan/list-mutations";
import { diffPlanVersions, markMajorVersion } from "@/lib/plan/versions";
import { readPublicStatus } from "@/lib/public-status/data";
import { presentPublicStatus } from "@/lib/public-status/present";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { getReview } from "@/lib/reviews/data";
import { addAttendee, addFinding, confirmCriterion, scoreCriterion } from "@/lib/reviews/mutations";
import { presentReview } from "@/lib/reviews/present";
import { getRunbook, listRunbooks } from "@/lib/runbooks/data";
import { addPhase, addStep, removePhase, removeStep, updatePhase, updateRunbook, updateStep } from "@/lib/runbooks/mutations";
import { presentRunbook, presentRunbookSummaries } from "@/lib/runbooks/present";
import { listRecoveryTiers } from "@/lib/scenarios/data";
import { addScenario, updateRecoveryTier, updateScenario } from "@/lib/scenarios/mutations";
import { presentRecoveryTiers, presentScenarios } from "@/lib/scenarios/present";
import { runDueWork } from "@/lib/scheduler/scheduler";
import { addService, updateService } from "@/lib/services/mutations";
import { getStatusBoard } from "@/lib/status-board/data";
import { presentStatusBoard } from "@/lib/status-board/present";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { addSubscriber } from "@/lib/subscribers/mutations";
import { listManagedUsers, type SignedInUser } from "@/lib/users/data";
import { invitationUrl } from "@/lib/users/invitation-url";
import { addUser, resetUserPassword, updateUser } from "@/lib/users/mutations";
import { presentGrantedAccess, presentManagedUser } from "@/lib/users/present";
import { documentedAnswerErrors } from "@/test/documented-answers";
import { declareOutage, moveAlong } from "@/test/incidents";
import { demoUser } from "@/test/users";

// One incident with something in every part of its answers: roles, a tick, a fired escalation,
// status updates (one public), a restored service, a review with an attendee, a score, a confirmed
// score, a finding and an item.
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
  await confirmCriterion(commander, resolvedId, "communication", { met: true });
  const finding = await addFinding(commander, resolvedId, { text: "The DBA was paged at level 2 only" });
  await createActionItem(commander, resolvedId, {
    title: "Page the DBA at level 1",
    ownerName: "Database Admin",
    dueDate: "2026-12-01",
    priority: "high",
    findingId: finding.id,
  });
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
    expect(review.review.findings).toEqual([expect.objectContaining({ actionItemId: review.review.actionItems[0].id })]);
    expect(review.review.criteria.find((criterion) => criterion.key === "communication")?.confirmation).toMatchObject({ by: commander.name });
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
    const [major] = presentPlanChanges([await markMajorVersion(admin, { note: "Approved by the board" })]);
    expect(documentedAnswerErrors("markMajorVersion", major)).toBe("");
    const diff = await diffPlanVersions(admin, "1.0", major.version);
    expect(diff.items).toHaveLength(2);
    expect(documentedAnswerErrors("diffPlanVersions", diff)).toBe("");
  });

  it("the audit record", async () => {
    const admin = await demoUser("admin");
    await createApiToken(admin, { name: "Monitoring" });
    await addSubscriber(admin, { email: "board@example.com", audience: "stakeholders" });
    const page = presentAuditPage(await listAuditEvents(admin, { limit: "1" }));
    expect(page.events).toHaveLength(1);
    expect(page.next).toBe(page.events[0].id);
    expect(documentedAnswerErrors("listAuditEvents", page)).toBe("");
  });

  it("the scenarios, recovery tiers, escalation levels and plan document, read and written", async () => {
    const admin = await demoUser("admin");
    const tiers = await listRecoveryTiers(admin);
    expect(documentedAnswerErrors("listScenarios", presentScenarios(tiers))).toBe("");
    expect(documentedAnswerErrors("listRecoveryTiers", presentRecoveryTiers(tiers))).toBe("");
    const scenario = await updateScenario(admin, "security-breach", { examples: ["Ransomware attack"], runbooks: ["security-breach"] });
    expect(documentedAnswerErrors("updateScenario", scenario)).toBe("");
    expect(documentedAnswerErrors("updateRecoveryTier", await updateRecoveryTier(admin, "major", { statusUpdateIntervalMinutes: 45 }))).toBe("");

    const levels = presentEscalationLevels(await listEscalationLevels(admin));
    expect(levels.at(-1)?.untilMinutes).toBeNull();
    expect(documentedAnswerErrors("listEscalationLevels", levels)).toBe("");
    expect(documentedAnswerErrors("updateEscalationLevel", await updateEscalationLevel(admin, levels[0].id, { audience: "On-call engineer (primary)" }))).toBe("");

    const reviewed = presentPlanDocument(await getPlanDocument(admin));
    expect(reviewed.lastReviewedAt).not.toBeNull();
    expect(documentedAnswerErrors("getPlanDocument", reviewed)).toBe("");
    const approved = presentPlanDocument(await updatePlanDocument(admin, { approvedBy: "Jane Doe, CTO", distribution: ["Engineering"] }));
    expect(documentedAnswerErrors("updatePlanDocument", approved)).toBe("");
    expect(presentPlanChanges(await listPlanChanges(admin)).slice(0, 4).map((change) => change.kind)).toEqual(["plan-document", "escalation-level", "recovery-tier", "scenario"]);
  });

  it("the plan's upkeep and a calendar address", async () => {
    const admin = await demoUser("admin");
    await recordReviewHeld(admin, "monthly", {});
    const upkeep = presentUpkeep(await listUpkeep(admin));
    expect(upkeep.find((item) => item.key === "monthly")?.lastHeldAt).not.toBeNull();
    expect(documentedAnswerErrors("listPlanUpkeep", upkeep)).toBe("");
    expect(documentedAnswerErrors("recordRegularReviewHeld", upkeep)).toBe("");
    expect(documentedAnswerErrors("createCalendarFeed", presentCalendarFeed(await issueCalendarFeed(admin)))).toBe("");
  });
});

describe("the plan as code", () => {
  it("the export as JSON, an import's report of its changes, and the schema", async () => {
    const admin = await demoUser("admin");
    const json = await exportPlan(admin, "json");
    expect(documentedAnswerErrors("exportPlan", JSON.parse(json))).toBe("");
    const changed = JSON.parse(json);
    changed.services[0].rto = "2h";
    changed.communicationTemplates.pop();
    changed.reviewAgenda.reverse();
    const report = await importPlanCode(admin, JSON.stringify(changed), "json", { dryRun: true });
    expect(report.counts).toEqual({ added: 0, changed: 2, removed: 1 });
    expect(documentedAnswerErrors("importPlan", report)).toBe("");
    expect(documentedAnswerErrors("getPlanSchema", planCodeJsonSchemaDocument())).toBe("");
  });

  it("the export as Markdown comes as a type the document gives the export, holding the plan", async () => {
    const file = await exportPlanFile(await demoUser("admin"), { format: "markdown" });
    expect(Object.keys(openApiDocument().paths["/api/plan/export"].get.responses["200"].content)).toContain(file.mediaType);
    expect(file.fileName).toBe("muster-plan.md");
    expect(file.body).toContain("| 1 | Core API");
  });
});

describe("the backups, testing and templates of the plan", () => {
  it("their lists and the answers of their writes", async () => {
    const admin = await demoUser("admin");
    expect(documentedAnswerErrors("listBackupPolicies", (await listBackupPolicies(admin)).map(presentBackupPolicy))).toBe("");
    expect(documentedAnswerErrors("updateBackupPolicy", await updateBackupPolicy(admin, "configuration", { fullBackup: "Weekly", frequencyMinutes: 60 }))).toBe("");
    await db().backupVerification.create({
      data: { schedule: { connect: { key: "daily-integrity-check" } }, performedAt: new Date(), succeeded: true },
    });
    const schedule = (await listBackupVerificationSchedules(admin)).map(presentVerificationSchedule);
    expect(schedule.some((check) => check.lastRun)).toBe(true);
    expect(documentedAnswerErrors("listVerificationSchedule", schedule)).toBe("");
    expect(documentedAnswerErrors("updateVerificationSchedule", await updateVerificationSchedule(admin, "daily-integrity-check", { intervalDays: 2 }))).toBe("");
    const performedAt = new Date(Date.now() - 60 * 60_000);
    const recorded = await recordBackupVerification(admin, {
      check: "daily-integrity-check",
      dataClass: "database",
      performedAt: performedAt.toISOString(),
      succeeded: true,
      restorePointAt: new Date(performedAt.getTime() - 15 * 60_000).toISOString(),
    });
    expect(documentedAnswerErrors("recordBackupVerification", recorded)).toBe("");
    expect(documentedAnswerErrors("listBackupVerifications", (await listVerifications(admin, { check: "daily-integrity-check" })).map(presentVerification))).toBe("");
    const status = presentBackupStatus(await getBackupStatus(admin));
    expect(status.alerts).toEqual([{ kind: "data-class", key: "database", message: expect.stringContaining("beyond four times its 15 min RPO") }]);
    expect(documentedAnswerErrors("getBackupStatus", status)).toBe("");
    expect(documentedAnswerErrors("listDrillSchedule", (await listDrillSchedules(admin)).map(presentDrillSchedule))).toBe("");
    expect(documentedAnswerErrors("updateDrillSchedule", await updateDrillSchedule(admin, "database-recovery", { runbookKey: null }))).toBe("");
    expect(documentedAnswerErrors("listSuccessCriteria", (await listSuccessCriteria(admin)).map(presentSuccessCriterion))).toBe("");
    expect(documentedAnswerErrors("updateSuccessCriterion", await updateSuccessCriterion(admin, "performance", { name: "Speed" }))).toBe("");
    const created = await createTemplate(admin, { name: "Board", audience: "stakeholders", subject: "Update", body: "{{incident.title}}" });
    expect(documentedAnswerErrors("createTemplate", presentTemplate(created))).toBe("");
    expect(documentedAnswerErrors("updateTemplate", presentTemplate(await updateTemplate(admin, created.id, { name: "Board", subject: "Update", body: "Now" })))).toBe("");
    expect(documentedAnswerErrors("listTemplates", presentTemplates(await listTemplates(admin), PLACEHOLDERS))).toBe("");
  });
});

describe("the plan's review agenda, regular reviews and lists", () => {
  it("their lists and the answers of their writes", async () => {
    const admin = await demoUser("admin");
    expect(documentedAnswerErrors("listReviewAgenda", presentAgenda(await listReviewAgenda(admin)))).toBe("");
    const added = await addAgendaItem(admin, { title: "Customer impact" });
    expect(documentedAnswerErrors("addAgendaItem", added)).toBe("");
    expect(documentedAnswerErrors("updateAgendaItem", await updateAgendaItem(admin, "customer-impact", { position: 1 }))).toBe("");
    expect(documentedAnswerErrors("removeAgendaItem", await removeAgendaItem(admin, "customer-impact"))).toBe("");
    await db().planReviewCadence.update({ where: { key: "monthly" }, data: { lastHeldAt: new Date() } });
    expect(documentedAnswerErrors("listReviewCadences", (await listReviewCadences(admin)).map(presentReviewCadence))).toBe("");
    expect(documentedAnswerErrors("updateReviewCadence", await updateReviewCadence(admin, "monthly", { intervalMonths: 2 }))).toBe("");
    expect(documentedAnswerErrors("listPlanLists", (await listPlanLists(admin)).map(presentPlanList))).toBe("");
    expect(documentedAnswerErrors("replacePlanList", await replacePlanList(admin, "appendices", { items: [{ text: "Appendix A", details: ["Cards"] }] }))).toBe("");
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

describe("the plan's items added", () => {
  it("a service, a scenario, a contact and an escalation level, each as its list shows it", async () => {
    const admin = await demoUser("admin");
    expect(documentedAnswerErrors("addService", await addService(admin, { name: "Answers service", priority: 4, rtoMinutes: 240, dependsOn: ["database"] }))).toBe("");
    expect(documentedAnswerErrors("addScenario", await addScenario(admin, { name: "Answers scenario", severity: "minor", runbooks: ["database-failure"] }))).toBe("");
    const contact = presentContact(await addContact(admin, { kind: "external", role: "Answers vendor", name: "Ann Swers", phone: "+44 20 7946 0001", email: "ann@example.com" }));
    expect(documentedAnswerErrors("addContact", contact)).toBe("");
    const levels = presentEscalationLevels(await listEscalationLevels(admin));
    await updateEscalationLevel(admin, levels.at(-1)!.id, { untilMinutes: 600 });
    expect(documentedAnswerErrors("addEscalationLevel", await addEscalationLevel(admin, { name: "Answers level", afterMinutes: 600, audience: "Vendor", contactIds: [contact.id] }))).toBe("");
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
