import "server-only";
// The affected services, mended mid-incident by its commander: one found affected later, one
// named by mistake, an impact that turned out worse or milder. Each change is on the timeline.
import { DomainError } from "@/lib/errors";
import { canCommandIncident } from "@/lib/incidents/ability";
import { guardIncident, incidentNotFound, requireUnfinished } from "@/lib/incidents/data";
import { listServices } from "@/lib/services/data";
import { recoveryObjectives } from "@/lib/services/recovery-order";
import { addAffectedServiceSchema, changeImpactSchema } from "@/lib/recovery/schema";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";
import { MINUTE_MS } from "@/lib/format";

async function requireServiceCommand(tx: Tx, incidentId: string, user: SignedInUser) {
  await guardIncident(tx, incidentId, user, canCommandIncident, "Only the incident commander or an admin can change the affected services.");
  await requireUnfinished(tx, incidentId, "changes to its affected services");
}

async function findAffected(tx: Tx, incidentId: string, serviceKey: string) {
  const affected = await tx.incidentService.findFirst({
    where: { incidentId, service: { key: serviceKey } },
    include: { service: { select: { key: true, name: true } } },
  });
  if (!affected) throw new DomainError("not_found", `The service ${serviceKey} is not affected by this incident.`);
  return affected;
}

/**
 * Adds a service with its impact. Its RTO deadline and RPO target come as at declaration: its own
 * objectives from the priority matrix, else its incident tier's, counted from detection.
 */
export async function addAffectedService(user: SignedInUser, incidentId: string, input: unknown) {
  return writeIncident(async (tx) => {
    await requireServiceCommand(tx, incidentId, user);
    const { key, impact } = parseInput(addAffectedServiceSchema, input);
    const catalogue = await listServices();
    const service = catalogue.find((candidate) => candidate.key === key);
    if (!service) throw new DomainError("invalid", `No service in the plan has the key "${key}".`, "key");
    const objective = recoveryObjectives(catalogue).get(key);
    const incident = await tx.incident.findUnique({ where: { id: incidentId }, select: { detectedAt: true, severity: true } });
    if (!incident) throw incidentNotFound(incidentId);
    const already = await tx.incidentService.findFirst({ where: { incidentId, serviceId: service.id }, select: { id: true } });
    if (already) throw new DomainError("conflict", `${service.name} is already affected by this incident: change its impact instead.`, "key");
    const tier = await tx.recoveryTier.findUniqueOrThrow({ where: { severity: incident.severity } });
    const rtoDeadline = new Date(incident.detectedAt.getTime() + (objective?.rtoMinutes ?? tier.rtoMaxMinutes) * MINUTE_MS);
    const rpoTargetMinutes = objective?.rpoMinutes ?? tier.rpoMinutes;
    const added = await tx.incidentService.create({ data: { incidentId, serviceId: service.id, impact, rtoDeadline, rpoTargetMinutes } });
    const event = await appendEvent(tx, incidentId, {
      type: "service.added",
      actor: user,
      data: { service: { key: service.key, name: service.name }, impact, rtoDeadline: rtoDeadline.toISOString(), rpoTargetMinutes },
    });
    return { result: { ...added, service: { key: service.key, name: service.name } }, events: [event] };
  });
}

export async function changeServiceImpact(user: SignedInUser, incidentId: string, serviceKey: string, input: unknown) {
  return writeIncident(async (tx) => {
    await requireServiceCommand(tx, incidentId, user);
    const { impact } = parseInput(changeImpactSchema, input);
    const affected = await findAffected(tx, incidentId, serviceKey);
    if (affected.impact === impact) throw new DomainError("conflict", `${affected.service.name} is already marked ${impact.replace("_", " ")}.`, "impact");
    const changed = await tx.incidentService.update({ where: { id: affected.id }, data: { impact } });
    const event = await appendEvent(tx, incidentId, {
      type: "service.impact_changed",
      actor: user,
      data: { service: affected.service, from: affected.impact, to: impact },
    });
    return { result: { ...changed, service: affected.service }, events: [event] };
  });
}

/**
 * Removes a service named by mistake. A restored service stays: its recovery is measured and on
 * the record (undo the restore first if that was the mistake); and an incident keeps at least one.
 */
export async function removeAffectedService(user: SignedInUser, incidentId: string, serviceKey: string) {
  return writeIncident(async (tx) => {
    await requireServiceCommand(tx, incidentId, user);
    const affected = await findAffected(tx, incidentId, serviceKey);
    if (affected.restoredAt) {
      throw new DomainError("conflict", `${affected.service.name} was restored: its recovery is on the record. Undo the restore first if it was never affected.`);
    }
    if ((await tx.incidentService.count({ where: { incidentId } })) === 1) {
      throw new DomainError("conflict", `${affected.service.name} is the only affected service: add the right one before removing it, or declare the incident in error.`);
    }
    await tx.incidentService.delete({ where: { id: affected.id } });
    const event = await appendEvent(tx, incidentId, {
      type: "service.removed",
      actor: user,
      data: { service: affected.service, impact: affected.impact },
    });
    return { result: event, events: [event] };
  });
}
