import "server-only";
import { db } from "@/lib/db";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/** The recovery testing schedule, each test type with the procedure a drill of it works through. */
export function listDrillSchedules(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().drillSchedule.findMany({
    orderBy: { position: "asc" },
    include: { runbook: { select: { key: true, title: true } } },
  });
}

export type DrillScheduleRecord = Awaited<ReturnType<typeof listDrillSchedules>>[number];

/** What a drill or a recovery is scored against. */
export function listSuccessCriteria(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().successCriterion.findMany({ orderBy: { position: "asc" } });
}
