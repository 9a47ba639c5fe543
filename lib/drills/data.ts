import "server-only";
import { db } from "@/lib/db";
import { drillDue } from "@/lib/drills/due-dates";
import { ACTIVE_STATES, COUNTED_INCIDENTS } from "@/lib/incidents/state-machine";
import type { Tx } from "@/lib/timeline/mutations";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

const DRILL_RUN = { select: { id: true, number: true, title: true, state: true, declaredAt: true } } as const;

/**
 * The recovery testing schedule at `now`: each test type with the procedure, scenario and services
 * a drill of it works through, its last run, when it is next due and the drill under way, if any.
 * A run counts from its declaration: Muster sets it when the drill starts, where the detection time
 * can be written back.
 */
export async function readDrillSchedules(now: Date, tx: Tx = db()) {
  const [plan, drills] = await Promise.all([
    tx.planDocument.findUniqueOrThrow({ where: { id: "plan" }, select: { adoptedAt: true } }),
    tx.drillSchedule.findMany({
      orderBy: { position: "asc" },
      include: {
        runbook: { select: { key: true, title: true } },
        scenario: { select: { key: true, name: true } },
        services: { include: { service: { select: { key: true, name: true, priority: true } } } },
        incidents: { where: { isDrill: true, ...COUNTED_INCIDENTS }, orderBy: { declaredAt: "desc" }, take: 1, ...DRILL_RUN },
      },
    }),
  ]);
  const running = await tx.incident.findMany({
    where: { isDrill: true, drillScheduleId: { in: drills.map((drill) => drill.id) }, state: { in: [...ACTIVE_STATES] } },
    orderBy: { declaredAt: "desc" },
    select: { ...DRILL_RUN.select, drillScheduleId: true },
  });
  return drills.map(({ incidents, services, ...drill }) => {
    const lastRunAt = incidents[0]?.declaredAt ?? null;
    return {
      ...drill,
      // In the plan's priority order, as the services page lists them.
      services: services.map(({ service }) => service).sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity) || a.name.localeCompare(b.name)),
      lastRunAt,
      ...drillDue({ intervalMonths: drill.intervalMonths, lastRunAt, adoptedAt: plan.adoptedAt }, now),
      running: running.find((incident) => incident.drillScheduleId === drill.id) ?? null,
    };
  });
}

/** The recovery testing schedule, for a signed-in reader. */
export function listDrillSchedules(caller: SignedInUser, now: Date = new Date()) {
  requireSignedIn(caller);
  return readDrillSchedules(now);
}

export type DrillScheduleRecord = Awaited<ReturnType<typeof readDrillSchedules>>[number];

/** What a drill or a recovery is scored against. */
export function listSuccessCriteria(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().successCriterion.findMany({ orderBy: { position: "asc" } });
}
