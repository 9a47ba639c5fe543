import "server-only";
// Each affected service's RTO clock: restoring it records the achieved recovery time; a deadline
// that passes first is recorded as a breach, once.
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { canWorkIncident } from "@/lib/incidents/ability";
import { guardIncident, incidentNotFound, requireUnfinished } from "@/lib/incidents/data";
import { ACTIVE_STATES } from "@/lib/incidents/state-machine";
import { markServiceRestoredSchema } from "@/lib/recovery/schema";
import { appendEvent, writeIncident } from "@/lib/timeline/mutations";
import type { IncidentEvent } from "@/lib/timeline/types";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";
import { minutesBetween } from "@/lib/format";
import { forEachIncident } from "@/lib/scheduler/per-incident";


export async function markServiceRestored(user: SignedInUser, incidentId: string, serviceKey: string, input: unknown) {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canWorkIncident, "Join the incident to restore its services.");
    await requireUnfinished(tx, incidentId, "service restores");
    const { restoredAt = new Date(), dataLossMinutes } = parseInput(markServiceRestoredSchema, input);
    const incident = await tx.incident.findUnique({ where: { id: incidentId }, select: { detectedAt: true } });
    if (!incident) throw incidentNotFound(incidentId);
    const affected = await tx.incidentService.findFirst({
      where: { incidentId, service: { key: serviceKey } },
      include: { service: { select: { key: true, name: true } } },
    });
    if (!affected) throw new DomainError("not_found", `The service ${serviceKey} is not affected by this incident.`);
    if (affected.restoredAt) throw new DomainError("conflict", `${affected.service.name} is already restored.`, undefined, affected);
    if (restoredAt < incident.detectedAt) {
      throw new DomainError("invalid", "A service cannot be restored before the incident was detected.", "restoredAt");
    }
    const recoveryMinutes = minutesBetween(incident.detectedAt, restoredAt);
    const restored = await tx.incidentService.update({
      where: { id: affected.id },
      data: { restoredAt, recoveryMinutes, dataLossMinutes },
    });
    const event = await appendEvent(tx, incidentId, {
      type: "service.restored",
      actor: user,
      data: {
        service: affected.service,
        recoveryMinutes,
        withinRto: restoredAt <= affected.rtoDeadline,
        dataLossMinutes: dataLossMinutes ?? null,
        rpoTargetMinutes: affected.rpoTargetMinutes,
      },
      occurredAt: restoredAt,
    });
    return { result: restored, events: [event] };
  });
}

/**
 * Undoes a restore marked by mistake: the service is down again and its clock runs on from
 * detection; what the restore recorded is cleared, and kept in the event. Whoever may restore may
 * undo it, as the slip is usually their own.
 */
export async function undoServiceRestore(user: SignedInUser, incidentId: string, serviceKey: string) {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canWorkIncident, "Join the incident to undo a restore.");
    await requireUnfinished(tx, incidentId, "changes to its restores");
    const affected = await tx.incidentService.findFirst({
      where: { incidentId, service: { key: serviceKey } },
      include: { service: { select: { key: true, name: true } } },
    });
    if (!affected) throw new DomainError("not_found", `The service ${serviceKey} is not affected by this incident.`);
    const { restoredAt } = affected;
    if (!restoredAt) throw new DomainError("conflict", `${affected.service.name} is not marked restored: there is no restore to undo.`);
    const reopened = await tx.incidentService.update({
      where: { id: affected.id },
      // A breach recorded before the restore still happened; a deadline passed since is recorded by the clock.
      data: { restoredAt: null, recoveryMinutes: null, dataLossMinutes: null },
    });
    const event = await appendEvent(tx, incidentId, {
      type: "service.restore_undone",
      actor: user,
      data: {
        service: affected.service,
        restoredAt: restoredAt.toISOString(),
        recoveryMinutes: affected.recoveryMinutes,
        dataLossMinutes: affected.dataLossMinutes,
      },
    });
    return { result: { ...reopened, service: affected.service }, events: [event] };
  });
}

/**
 * Records every RTO deadline that has passed for a service not yet restored in an active incident,
 * each incident in its own transaction. The conditional update makes each breach recorded once,
 * however many nodes run this.
 */
export async function recordRtoBreaches(now: Date): Promise<IncidentEvent[]> {
  const due = await db().incidentService.findMany({
    where: { breachedAt: null, restoredAt: null, rtoDeadline: { lte: now }, incident: { state: { in: [...ACTIVE_STATES] } } },
    include: { service: { select: { key: true, name: true } } },
    orderBy: { rtoDeadline: "asc" },
  });
  return forEachIncident(due.map((affected) => affected.incidentId), (incidentId) =>
    writeIncident(async (tx) => {
      const events: IncidentEvent[] = [];
      for (const affected of due.filter((candidate) => candidate.incidentId === incidentId)) {
        const { count } = await tx.incidentService.updateMany({
          where: { id: affected.id, breachedAt: null },
          data: { breachedAt: affected.rtoDeadline },
        });
        if (count === 0) continue;
        events.push(
          await appendEvent(tx, incidentId, {
            type: "service.rto_breached",
            actor: null,
            data: { service: affected.service, rtoDeadline: affected.rtoDeadline.toISOString() },
            occurredAt: affected.rtoDeadline,
          }),
        );
      }
      return { result: events, events };
    }),
  );
}
