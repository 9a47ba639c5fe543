import "server-only";
// Each affected service's RTO clock: restoring it records the achieved recovery time; a deadline
// that passes first is recorded as a breach, once.
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { canWorkIncident } from "@/lib/incidents/ability";
import { guardIncident, incidentNotFound } from "@/lib/incidents/data";
import { ACTIVE_STATES } from "@/lib/incidents/state-machine";
import { markServiceRestoredSchema } from "@/lib/recovery/schema";
import { appendEvent, writeIncident } from "@/lib/timeline/mutations";
import type { IncidentEvent } from "@/lib/timeline/types";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";
import { minutesBetween } from "@/lib/format";


export async function markServiceRestored(user: SignedInUser, incidentId: string, serviceKey: string, input: unknown) {
  const { restoredAt = new Date(), dataLossMinutes } = parseInput(markServiceRestoredSchema, input);
  return writeIncident(async (tx) => {
    const incident = await tx.incident.findUnique({ where: { id: incidentId }, select: { detectedAt: true } });
    if (!incident) throw incidentNotFound(incidentId);
    await guardIncident(tx, incidentId, user, canWorkIncident, "Join the incident to restore its services.");
    const affected = await tx.incidentService.findFirst({
      where: { incidentId, service: { key: serviceKey } },
      include: { service: { select: { key: true, name: true } } },
    });
    if (!affected) throw new DomainError("not_found", `The service ${serviceKey} is not affected by this incident.`);
    if (affected.restoredAt) throw new DomainError("conflict", `${affected.service.name} is already restored.`, undefined, affected);
    if (restoredAt < incident.detectedAt) {
      throw new DomainError("invalid", "restoredAt: cannot be before the incident was detected", "restoredAt");
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
 * Records every RTO deadline that has passed for a service not yet restored in an active incident.
 * The conditional update makes each breach recorded once, however many nodes run this.
 */
export async function recordRtoBreaches(now: Date): Promise<IncidentEvent[]> {
  const due = await db().incidentService.findMany({
    where: { breachedAt: null, restoredAt: null, rtoDeadline: { lte: now }, incident: { state: { in: [...ACTIVE_STATES] } } },
    include: { service: { select: { key: true, name: true } } },
  });
  const events: IncidentEvent[] = [];
  for (const affected of due) {
    const recorded = await writeIncident(async (tx) => {
      const { count } = await tx.incidentService.updateMany({
        where: { id: affected.id, breachedAt: null },
        data: { breachedAt: affected.rtoDeadline },
      });
      if (count === 0) return { result: [], events: [] };
      const event = await appendEvent(tx, affected.incidentId, {
        type: "service.rto_breached",
        actor: null,
        data: { service: affected.service, rtoDeadline: affected.rtoDeadline.toISOString() },
        occurredAt: affected.rtoDeadline,
      });
      return { result: [event], events: [event] };
    });
    events.push(...recorded);
  }
  return events;
}
