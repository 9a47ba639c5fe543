import "server-only";
import { db } from "@/lib/db";

/** The recovery testing schedule, each test type with the procedure a drill of it works through. */
export function listDrillSchedules() {
  return db().drillSchedule.findMany({
    orderBy: { position: "asc" },
    include: { runbook: { select: { key: true, title: true } } },
  });
}

export type DrillScheduleRecord = Awaited<ReturnType<typeof listDrillSchedules>>[number];

/** What a drill or a recovery is scored against. */
export function listSuccessCriteria() {
  return db().successCriterion.findMany({ orderBy: { position: "asc" } });
}
