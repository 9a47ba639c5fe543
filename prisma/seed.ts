// Loads the disaster-recovery plan (prisma/seed-data/, every table and list of it) into the
// database. It only inserts what is missing, by natural key, and never changes a value that is set
// (its one update fills in a contact's empty user link for a demo user it has just created): a
// second run changes nothing and whatever an admin edited stays edited. Rows owned by another (a
// runbook's phases and steps, a service's dependencies, an escalation level's targets, a list's
// items, a scenario's runbooks) are inserted only together with their owner, so a link an admin
// removed stays removed. Inserts skip conflicts, so nodes that start at once can all seed safely.
//
// Run by server.ts on first start and by `npm run db:seed` (scripts/seed.ts).
import { db } from "@/lib/db";
import { addMonths } from "@/lib/plan/calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_USERS } from "@/lib/users/demo-users";
import { hashPassword } from "@/lib/users/passwords";
import {
  BACKUP_POLICIES,
  BACKUP_VERIFICATION_SCHEDULES,
  DRILL_SCHEDULES,
  SUCCESS_CRITERIA,
} from "./seed-data/backups-and-testing";
import { CONTACTS } from "./seed-data/contacts";
import { ESCALATION_LEVELS } from "./seed-data/escalation";
import { PLAN_ACTION_ITEMS, PLAN_DOCUMENT, REVIEW_AGENDA, REVIEW_CADENCES } from "./seed-data/plan-document";
import { PLAN_LISTS } from "./seed-data/plan-lists";
import { POST_RECOVERY_ACTIONS } from "./seed-data/post-recovery-actions";
import { DATA_RECOVERY_POINTS, RECOVERY_TIERS } from "./seed-data/recovery-objectives";
import { RECOVERY_RUNBOOKS } from "./seed-data/recovery-runbooks";
import { RECOVERY_SCRIPTS } from "./seed-data/recovery-scripts";
import { SCENARIOS } from "./seed-data/scenarios";
import { PRIORITY_MATRIX, UNRATED_DEPENDENCIES } from "./seed-data/services";
import { COMMUNICATION_TEMPLATES } from "./seed-data/templates";
import { TEST_PROCEDURES } from "./seed-data/test-procedures";

type Tx = Prisma.TransactionClient;
type IdsByKey = Map<string, string>;

const SERVICES = [
  ...PRIORITY_MATRIX.map((service) => ({ ...service, inPriorityMatrix: true })),
  ...UNRATED_DEPENDENCIES.map((service) => ({
    ...service,
    priority: null,
    rtoMinutes: null,
    rpoMinutes: null,
    inPriorityMatrix: false,
  })),
];

const RUNBOOKS = [...RECOVERY_RUNBOOKS, POST_RECOVERY_ACTIONS, ...TEST_PROCEDURES];

export async function seedPlan(options: { demoUsers: boolean }): Promise<void> {
  // Hashing is slow: done before the transaction, and only for demo users who do not exist yet.
  const demoUsers = options.demoUsers ? await demoUsersToCreate() : [];
  await db().$transaction(
    async (tx) => {
      await tx.recoveryTier.createMany({ data: withPositions(RECOVERY_TIERS), skipDuplicates: true });
      await tx.dataRecoveryPoint.createMany({ data: withPositions(DATA_RECOVERY_POINTS), skipDuplicates: true });
      const serviceIds = await seedServices(tx);
      const runbookIds = await seedRunbooks(tx, serviceIds);
      await seedScenarios(tx, runbookIds);
      await tx.recoveryScript.createMany({ data: withPositions(RECOVERY_SCRIPTS), skipDuplicates: true });
      await seedContactsAndEscalation(tx);
      await seedBackupsAndTesting(tx, runbookIds);
      await seedPlanDocument(tx, new Date());
      await seedPlanLists(tx);
      await tx.communicationTemplate.createMany({ data: withPositions(COMMUNICATION_TEMPLATES), skipDuplicates: true });
      await seedDemoUsers(tx, demoUsers);
    },
    // One transaction, so a failed seed leaves nothing half-loaded; the 5 s default is for requests.
    { timeout: 60_000 },
  );
}

function withPositions<T extends object>(rows: readonly T[]): (T & { position: number })[] {
  return rows.map((row, index) => ({ ...row, position: index + 1 }));
}

function idsByKey(rows: { id: string; key: string }[]): IdsByKey {
  return new Map(rows.map((row) => [row.key, row.id]));
}

function idOf(ids: IdsByKey, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`The seed data refers to "${key}", which is not seeded`);
  return id;
}

async function seedServices(tx: Tx): Promise<IdsByKey> {
  const created = await tx.service.createManyAndReturn({
    data: SERVICES.map((service, index) => ({
      key: service.key,
      name: service.name,
      description: service.description,
      priority: service.priority,
      rtoMinutes: service.rtoMinutes,
      rpoMinutes: service.rpoMinutes,
      inPriorityMatrix: service.inPriorityMatrix,
      isPublic: service.isPublic,
      position: index + 1,
    })),
    skipDuplicates: true,
    select: { id: true, key: true },
  });
  const newServiceIds = idsByKey(created);
  const serviceIds = idsByKey(await tx.service.findMany({ select: { id: true, key: true } }));
  await tx.serviceDependency.createMany({
    data: SERVICES.filter((service) => newServiceIds.has(service.key)).flatMap((service) =>
      service.dependsOn.map((dependency) => ({
        serviceId: idOf(serviceIds, service.key),
        dependsOnId: idOf(serviceIds, dependency),
      })),
    ),
    skipDuplicates: true,
  });
  return serviceIds;
}

async function seedRunbooks(tx: Tx, serviceIds: IdsByKey): Promise<IdsByKey> {
  const created = await tx.runbook.createManyAndReturn({
    data: RUNBOOKS.map((runbook, index) => ({
      key: runbook.key,
      title: runbook.title,
      kind: runbook.kind,
      situation: runbook.situation ?? null,
      detection: runbook.detection ?? [],
      position: index + 1,
    })),
    skipDuplicates: true,
    select: { id: true, key: true },
  });
  const newRunbookIds = idsByKey(created);
  const newRunbooks = RUNBOOKS.filter((runbook) => newRunbookIds.has(runbook.key));
  const phases = await tx.runbookPhase.createManyAndReturn({
    data: newRunbooks.flatMap((runbook) =>
      runbook.phases.map((phase, index) => ({
        runbookId: idOf(newRunbookIds, runbook.key),
        key: phase.key,
        name: phase.name,
        position: index + 1,
        windowStartMinutes: phase.window?.startMinutes ?? null,
        windowEndMinutes: phase.window?.endMinutes ?? null,
        windowAnchor: phase.window?.anchor ?? "detection",
      })),
    ),
    select: { id: true, runbookId: true, key: true },
  });
  const phaseIds = new Map(phases.map((phase) => [`${phase.runbookId}/${phase.key}`, phase.id]));
  await tx.runbookStep.createMany({
    data: newRunbooks.flatMap((runbook) =>
      runbook.phases.flatMap((phase) =>
        phase.steps.map((step, index) => ({
          phaseId: idOf(phaseIds, `${idOf(newRunbookIds, runbook.key)}/${phase.key}`),
          position: index + 1,
          title: step.title,
          details: step.details ?? [],
          command: step.command ?? null,
          serviceId: step.serviceKey ? idOf(serviceIds, step.serviceKey) : null,
        })),
      ),
    ),
  });
  return idsByKey(await tx.runbook.findMany({ select: { id: true, key: true } }));
}

async function seedScenarios(tx: Tx, runbookIds: IdsByKey) {
  const created = await tx.scenario.createManyAndReturn({
    data: SCENARIOS.map((scenario, index) => ({
      key: scenario.key,
      name: scenario.name,
      severity: scenario.severity,
      examples: scenario.examples,
      position: index + 1,
    })),
    skipDuplicates: true,
    select: { id: true, key: true },
  });
  const newScenarioIds = idsByKey(created);
  await tx.scenarioRunbook.createMany({
    data: SCENARIOS.filter((scenario) => newScenarioIds.has(scenario.key)).flatMap((scenario) =>
      scenario.runbookKeys.map((runbookKey, index) => ({
        scenarioId: idOf(newScenarioIds, scenario.key),
        runbookId: idOf(runbookIds, runbookKey),
        position: index + 1,
      })),
    ),
    skipDuplicates: true,
  });
}

async function seedContactsAndEscalation(tx: Tx) {
  // Every seeded contact holds at least one stand-in for a placeholder of the plan.
  const contacts = withPositions(CONTACTS).map((contact) => ({ ...contact, isDemoValue: true }));
  await tx.contact.createMany({ data: contacts, skipDuplicates: true });
  const created = await tx.escalationLevel.createManyAndReturn({
    data: ESCALATION_LEVELS.map((level, index) => ({
      key: level.key,
      name: level.name,
      afterMinutes: level.afterMinutes,
      untilMinutes: level.untilMinutes,
      audience: level.audience,
      position: index + 1,
    })),
    skipDuplicates: true,
    select: { id: true, key: true },
  });
  const newLevelIds = idsByKey(created);
  const contactIds = idsByKey(await tx.contact.findMany({ select: { id: true, key: true } }));
  await tx.escalationTarget.createMany({
    data: ESCALATION_LEVELS.filter((level) => newLevelIds.has(level.key)).flatMap((level) =>
      level.targetContactKeys.map((contactKey, index) => ({
        levelId: idOf(newLevelIds, level.key),
        contactId: idOf(contactIds, contactKey),
        position: index + 1,
      })),
    ),
    skipDuplicates: true,
  });
}

async function seedBackupsAndTesting(tx: Tx, runbookIds: IdsByKey) {
  await tx.backupPolicy.createMany({ data: withPositions(BACKUP_POLICIES), skipDuplicates: true });
  await tx.backupVerificationSchedule.createMany({
    data: withPositions(BACKUP_VERIFICATION_SCHEDULES),
    skipDuplicates: true,
  });
  await tx.drillSchedule.createMany({
    data: DRILL_SCHEDULES.map((drill, index) => ({
      key: drill.key,
      testType: drill.testType,
      frequency: drill.frequency,
      intervalMonths: drill.intervalMonths,
      durationMinutes: drill.durationMinutes,
      scope: drill.scope,
      runbookId: drill.runbookKey ? idOf(runbookIds, drill.runbookKey) : null,
      position: index + 1,
    })),
    skipDuplicates: true,
  });
  await tx.successCriterion.createMany({ data: withPositions(SUCCESS_CRITERIA), skipDuplicates: true });
}

async function seedPlanDocument(tx: Tx, now: Date) {
  // The plan's "Last Updated" is a date (`date +%Y-%m-%d`): the day the plan is loaded.
  const lastUpdatedAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const nextReviewAt = addMonths(lastUpdatedAt, PLAN_DOCUMENT.reviewIntervalMonths);
  await tx.planDocument.createMany({ data: [{ ...PLAN_DOCUMENT, lastUpdatedAt, nextReviewAt }], skipDuplicates: true });
  await tx.planReviewCadence.createMany({ data: withPositions(REVIEW_CADENCES), skipDuplicates: true });
  await tx.reviewAgendaItem.createMany({ data: withPositions(REVIEW_AGENDA), skipDuplicates: true });
  await tx.actionItem.createMany({
    data: PLAN_ACTION_ITEMS.map((item) => ({
      id: `plan-action-item-${item.key}`,
      reviewId: null,
      title: item.title,
      ownerName: item.ownerName,
      priority: item.priority,
      status: "open" as const,
      dueDate: null,
    })),
    skipDuplicates: true,
  });
}

async function seedPlanLists(tx: Tx) {
  const created = await tx.planList.createManyAndReturn({
    data: PLAN_LISTS.map((list, index) => ({
      key: list.key,
      title: list.title,
      section: list.section,
      position: index + 1,
    })),
    skipDuplicates: true,
    select: { key: true },
  });
  const newListKeys = new Set(created.map((list) => list.key));
  await tx.planListItem.createMany({
    data: PLAN_LISTS.filter((list) => newListKeys.has(list.key)).flatMap((list) =>
      list.items.map((item, index) => ({
        listKey: list.key,
        position: index + 1,
        text: item.text,
        details: item.details ?? [],
      })),
    ),
    skipDuplicates: true,
  });
}

async function demoUsersToCreate(): Promise<Prisma.UserCreateManyInput[]> {
  const emails = DEMO_USERS.map((user) => user.email);
  const existing = await db().user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const existingEmails = new Set(existing.map((user) => user.email));
  const missing = DEMO_USERS.filter((user) => !existingEmails.has(user.email));
  return Promise.all(
    missing.map(async (user) => ({
      email: user.email,
      name: user.name,
      role: user.role,
      isDemo: true,
      passwordHash: await hashPassword(user.password),
    })),
  );
}

async function seedDemoUsers(tx: Tx, users: Prisma.UserCreateManyInput[]) {
  const created = await tx.user.createManyAndReturn({
    data: users,
    skipDuplicates: true,
    select: { id: true, email: true },
  });
  for (const user of created) {
    const contactKey = DEMO_USERS.find((demoUser) => demoUser.email === user.email)?.contactKey;
    if (!contactKey) continue;
    // Links a new demo user to the contact it stands for, unless an admin linked someone already.
    await tx.contact.updateMany({ where: { key: contactKey, userId: null }, data: { userId: user.id } });
  }
}
