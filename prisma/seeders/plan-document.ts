// Backups and testing, the plan document and its regular reviews, and the plan's other lists.
import { addMonths } from "@/lib/plan/calendar";
import { BACKUP_POLICIES, BACKUP_VERIFICATION_SCHEDULES, DRILL_SCHEDULES, SUCCESS_CRITERIA } from "../seed-data/backups-and-testing";
import { PLAN_ACTION_ITEMS, PLAN_DOCUMENT, REVIEW_AGENDA, REVIEW_CADENCES } from "../seed-data/plan-document";
import { PLAN_LISTS } from "../seed-data/plan-lists";
import { idOf, idsByKey, withPositions, type IdsByKey, type Tx } from "./keys";

export async function seedBackupsAndTesting(tx: Tx, runbookIds: IdsByKey, serviceIds: IdsByKey) {
  await tx.backupPolicy.createMany({ data: withPositions(BACKUP_POLICIES), skipDuplicates: true });
  await tx.backupVerificationSchedule.createMany({
    data: withPositions(BACKUP_VERIFICATION_SCHEDULES),
    skipDuplicates: true,
  });
  const scenarioIds = idsByKey(await tx.scenario.findMany({ select: { id: true, key: true } }));
  const created = await tx.drillSchedule.createManyAndReturn({
    data: DRILL_SCHEDULES.map((drill, index) => ({
      key: drill.key,
      testType: drill.testType,
      frequency: drill.frequency,
      intervalMonths: drill.intervalMonths,
      durationMinutes: drill.durationMinutes,
      scope: drill.scope,
      runbookId: drill.runbookKey ? idOf(runbookIds, drill.runbookKey) : null,
      scenarioId: idOf(scenarioIds, drill.scenarioKey),
      position: index + 1,
    })),
    skipDuplicates: true,
    select: { id: true, key: true },
  });
  // Only a test this run created gets its scope: an admin's later change to it stands.
  const newDrillIds = idsByKey(created);
  await tx.drillScheduleService.createMany({
    data: DRILL_SCHEDULES.filter((drill) => newDrillIds.has(drill.key)).flatMap((drill) =>
      drill.serviceKeys.map((serviceKey) => ({ drillScheduleId: idOf(newDrillIds, drill.key), serviceId: idOf(serviceIds, serviceKey) })),
    ),
    skipDuplicates: true,
  });
  await tx.successCriterion.createMany({ data: withPositions(SUCCESS_CRITERIA), skipDuplicates: true });
}

export async function seedPlanDocument(tx: Tx, now: Date) {
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

export async function seedPlanLists(tx: Tx) {
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
