import "server-only";
import { db } from "@/lib/db";
import { COUNTED_INCIDENTS } from "@/lib/incidents/state-machine";
import { assessReadiness, type Readiness } from "@/lib/readiness/assess";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/** The plan change kinds that can lapse a proof: a service's entry, a runbook, or an import of either. */
const LAPSING_CHANGE_KINDS = ["service", "runbook", "import"];

/**
 * Every service's recovery readiness at `now`, in the priority matrix's order. Five reads, however
 * many services the plan holds.
 */
export async function getReadiness(caller: SignedInUser, now: Date = new Date()): Promise<Readiness> {
  requireSignedIn(caller);
  const [services, restores, tests, steps, changes] = await Promise.all([
    db().service.findMany({ orderBy: { position: "asc" }, select: { key: true, name: true, priority: true, rtoMinutes: true } }),
    // The latest restore of each service, drill or real.
    db().incidentService.findMany({
      where: { restoredAt: { not: null, lte: now }, incident: COUNTED_INCIDENTS },
      orderBy: [{ serviceId: "asc" }, { restoredAt: "desc" }],
      distinct: ["serviceId"],
      select: {
        restoredAt: true,
        recoveryMinutes: true,
        rtoDeadline: true,
        service: { select: { key: true } },
        incident: { select: { id: true, number: true, title: true, isDrill: true, detectedAt: true } },
      },
    }),
    db().drillSchedule.findMany({
      orderBy: { position: "asc" },
      select: {
        key: true,
        testType: true,
        intervalMonths: true,
        runbook: { select: { key: true, title: true } },
        services: { select: { service: { select: { key: true } } } },
      },
    }),
    db().runbookStep.findMany({
      where: { serviceId: { not: null } },
      select: { service: { select: { key: true } }, phase: { select: { runbook: { select: { key: true, title: true } } } } },
    }),
    db().planChange.findMany({
      where: { kind: { in: LAPSING_CHANGE_KINDS }, changedAt: { lte: now } },
      orderBy: { changedAt: "asc" },
      select: { kind: true, itemKey: true, before: true, after: true, changedAt: true, changedByName: true },
    }),
  ]);
  return assessReadiness(
    {
      services,
      restores: restores.map(({ restoredAt, recoveryMinutes, rtoDeadline, service, incident }) => ({
        serviceKey: service.key,
        restoredAt: restoredAt!,
        recoveryMinutes,
        rtoDeadline,
        incident,
      })),
      tests: tests.map(({ services: scope, ...test }) => ({ ...test, serviceKeys: scope.map(({ service }) => service.key) })),
      steps: steps.flatMap(({ service, phase }) => (service ? [{ serviceKey: service.key, runbook: phase.runbook }] : [])),
      changes,
    },
    now,
  );
}
