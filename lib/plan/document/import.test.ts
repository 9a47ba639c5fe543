// Muster's Markdown of the seeded plan, imported into a database that holds no plan, gives the
// seed's tables back, table by table; a document with a mistake is refused and changes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readPlanModel } from "@/lib/plan/code/model";
import { importPlanMarkdown } from "@/lib/plan/document/import";
import { planMarkdown } from "@/lib/plan/document/markdown";
import { DEMO_USERS } from "@/lib/users/demo-users";
import { emptyDatabase, snapshot, tableNames } from "@/test/tables";
import { demoUser } from "@/test/users";

// Tables that are not the plan: people and their sign-ins, incidents and what happens in them,
// deliveries. The plan's own action items are work tracked against it, not part of it; PlanChange,
// PlanApproval and AuditEvent are the record of changes and approvals, which an import adds to.
const NOT_THE_PLAN = new Set([
  "User", "Session", "SignInAttempt", "ApiToken", "Subscriber", "Incident", "IncidentService", "IncidentRoleAssignment", "ChecklistItem",
  "TimelineEvent", "TimelineEventPin", "StatusUpdate", "IncidentEscalation", "EscalationAcknowledgement", "Notification", "Webhook",
  "OutboundMessage", "WebhookDelivery", "PostIncidentReview", "ReviewAttendee", "ReviewCriterionScore", "ActionItem", "SocketIoAttachment",
  "BackupVerification", "PlanChange", "AuditEvent", "PlanUpkeepReminder", "DrillReminder", "CalendarFeed", "socket_io_attachments",
  "IncidentObligation", "ObligationReport", "BackupAlertState", "ReviewFinding", "PlanApproval",
]);

/** Every table of the plan, its rows named by their keys rather than their database ids, in a stable order. */
async function planTables(): Promise<Record<string, unknown[]>> {
  const client = db();
  const sorted = <Row>(rows: Row[]) => rows.map((row) => JSON.stringify(row)).sort();
  const document = await client.planDocument.findMany({ select: { title: true, owner: true, reviewFrequency: true, reviewIntervalMonths: true, approvedBy: true, distribution: true } });
  return {
    PlanDocument: sorted(document),
    RecoveryTier: sorted(await client.recoveryTier.findMany()),
    DataRecoveryPoint: sorted(await client.dataRecoveryPoint.findMany()),
    Service: sorted(await client.service.findMany({ omit: { id: true } })),
    ServiceDependency: sorted(await client.serviceDependency.findMany({ select: { service: { select: { key: true } }, dependsOn: { select: { key: true } } } })),
    Scenario: sorted(await client.scenario.findMany({ omit: { id: true } })),
    ScenarioRunbook: sorted(await client.scenarioRunbook.findMany({ select: { position: true, scenario: { select: { key: true } }, runbook: { select: { key: true } } } })),
    Runbook: sorted(await client.runbook.findMany({ omit: { id: true } })),
    RunbookPhase: sorted(await client.runbookPhase.findMany({ omit: { id: true, runbookId: true }, include: { runbook: { select: { key: true } } } })),
    RunbookStep: sorted(
      await client.runbookStep.findMany({
        omit: { id: true, phaseId: true, serviceId: true },
        include: { phase: { select: { key: true, runbook: { select: { key: true } } } }, service: { select: { key: true } } },
      }),
    ),
    RecoveryScript: sorted(await client.recoveryScript.findMany()),
    Contact: sorted(await client.contact.findMany({ omit: { id: true, userId: true }, include: { user: { select: { email: true } } } })),
    EscalationLevel: sorted(await client.escalationLevel.findMany({ omit: { id: true } })),
    EscalationTarget: sorted(await client.escalationTarget.findMany({ select: { position: true, level: { select: { key: true } }, contact: { select: { key: true } } } })),
    BackupPolicy: sorted(await client.backupPolicy.findMany({ omit: { id: true } })),
    BackupVerificationSchedule: sorted(await client.backupVerificationSchedule.findMany({ omit: { id: true } })),
    DrillSchedule: sorted(
      await client.drillSchedule.findMany({ omit: { id: true, runbookId: true, scenarioId: true }, include: { runbook: { select: { key: true } }, scenario: { select: { key: true } } } }),
    ),
    DrillScheduleService: sorted(await client.drillScheduleService.findMany({ select: { drillSchedule: { select: { key: true } }, service: { select: { key: true } } } })),
    SuccessCriterion: sorted(await client.successCriterion.findMany()),
    ReviewAgendaItem: sorted(await client.reviewAgendaItem.findMany()),
    PlanReviewCadence: sorted(await client.planReviewCadence.findMany()),
    PlanList: sorted(await client.planList.findMany()),
    PlanListItem: sorted(await client.planListItem.findMany({ omit: { id: true } })),
    CommunicationTemplate: sorted(await client.communicationTemplate.findMany({ omit: { id: true, updatedAt: true } })),
    ReportingObligation: sorted(await client.reportingObligation.findMany()),
  };
}

describe("a plan imported from Markdown", () => {
  it("covers every table of the plan", async () => {
    const compared = Object.keys(await planTables());
    expect((await tableNames()).filter((name) => !NOT_THE_PLAN.has(name) && !compared.includes(name))).toEqual([]);
  });

  it("refuses a document with a mistake, naming where, and changes nothing", async () => {
    const admin = await demoUser("admin");
    const before = await snapshot();
    const markdown = planMarkdown(await readPlanModel()).replace('"intervalDays":1}', '"intervalDays":0}').replace(/- \*\*Owner\*\*: .*\n/, "- **Owner**: \n");
    const error = await importPlanMarkdown(admin, markdown).catch((caught: Error) => caught);
    expect(String(error).split("\n")).toEqual([
      "DomainError: The plan was not imported (2 problems; nothing changed):",
      "document.owner: must not be empty",
      "verificationSchedule[0].intervalDays: must be a whole number from 1 to 366",
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("into a database that holds no plan gives the seed's tables, table by table", async () => {
    const seeded = await planTables();
    const markdown = planMarkdown(await readPlanModel());
    await emptyDatabase();
    // The people the contacts name exist; nothing of the plan does.
    await db().user.createMany({ data: DEMO_USERS.map(({ email, name, role }) => ({ email, name, role })) });
    const admin = await db().user.findFirstOrThrow({ where: { role: "admin" }, select: { id: true, email: true, name: true, role: true } });
    expect(await db().service.count()).toBe(0);

    const result = await importPlanMarkdown(admin, markdown);
    expect(result.document.unplaced).toEqual([]);
    expect(result.applied).toBe(true);
    const imported = await planTables();
    for (const table of Object.keys(seeded)) expect({ table, rows: imported[table] }).toEqual({ table, rows: seeded[table] });
  });
});
