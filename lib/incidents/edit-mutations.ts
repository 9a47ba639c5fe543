import "server-only";
// Mending what was declared wrong, on the record: the details as they should have been (their
// deadlines following a new detection time), or the whole incident declared in error.
import { DomainError } from "@/lib/errors";
import { canCommandIncident } from "@/lib/incidents/ability";
import { guardIncident, incidentNotFound, requireUnfinished } from "@/lib/incidents/data";
import { declareInErrorSchema, editIncidentDetailsSchema } from "@/lib/incidents/schema";
import { canDeclareInError, DECLARED_IN_ERROR } from "@/lib/incidents/state-machine";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { EventPayload } from "@/lib/timeline/events";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";
import { MINUTE_MS, minutesBetween } from "@/lib/format";

type DetailChanges = EventPayload<"incident.details_edited">["changes"];

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * Every affected service's RTO deadline and every escalation level not yet fired move with the
 * detection time, by the same amount: the objectives copied at declaration stay the incident's.
 * Recovery times and breaches are measured again against the moved deadlines.
 */
async function moveDeadlines(tx: Tx, incidentId: string, detectedAt: Date, shiftMs: number, now: Date) {
  const services = await tx.incidentService.findMany({ where: { incidentId } });
  for (const affected of services) {
    const rtoDeadline = new Date(affected.rtoDeadline.getTime() + shiftMs);
    const { restoredAt } = affected;
    // A restore measures against the new deadline; a deadline still to come is no longer breached,
    // and one now passed is recorded by the RTO clock, with its event.
    const breachedAt = restoredAt ? (restoredAt > rtoDeadline ? rtoDeadline : null) : affected.breachedAt && rtoDeadline <= now ? rtoDeadline : null;
    await tx.incidentService.update({
      where: { id: affected.id },
      data: { rtoDeadline, breachedAt, recoveryMinutes: restoredAt ? minutesBetween(detectedAt, restoredAt) : null },
    });
  }
  const pending = await tx.incidentEscalation.findMany({ where: { incidentId, firedAt: null }, include: { level: { select: { afterMinutes: true } } } });
  for (const escalation of pending) {
    await tx.incidentEscalation.update({
      where: { id: escalation.id },
      data: { dueAt: new Date(detectedAt.getTime() + escalation.level.afterMinutes * MINUTE_MS) },
    });
  }
}

/** Title, summary, detection and impact-start times mended, or the bridge link set, mid-incident; one event names each change. */
export async function editIncidentDetails(user: SignedInUser, incidentId: string, input: unknown) {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canCommandIncident, "Only the incident commander or an admin can edit the incident's details.");
    await requireUnfinished(tx, incidentId, "changes to its details");
    const edit = parseInput(editIncidentDetailsSchema, input);
    const current = await tx.incident.findUnique({
      where: { id: incidentId },
      select: { title: true, summary: true, detectedAt: true, impactStartedAt: true, bridgeUrl: true, services: { select: { restoredAt: true } } },
    });
    if (!current) throw incidentNotFound(incidentId);
    const detectedAt = edit.detectedAt ?? current.detectedAt;
    const impactStartedAt = edit.impactStartedAt === undefined ? current.impactStartedAt : edit.impactStartedAt;
    if (impactStartedAt && impactStartedAt > detectedAt) {
      throw new DomainError("invalid", "Users cannot have been affected after the incident was detected: give an impact start at or before the detection time.", "impactStartedAt");
    }
    const firstRestore = current.services.flatMap(({ restoredAt }) => (restoredAt ? [restoredAt] : [])).sort((a, b) => a.getTime() - b.getTime())[0];
    if (firstRestore && detectedAt > firstRestore) {
      throw new DomainError("invalid", "The detection time cannot be after a service was restored: undo that restore first, or choose an earlier time.", "detectedAt");
    }
    const summary = edit.summary === undefined ? current.summary : edit.summary || null;
    const bridgeUrl = edit.bridgeUrl === undefined ? current.bridgeUrl : edit.bridgeUrl || null;
    const changes: DetailChanges = {};
    if (edit.title !== undefined && edit.title !== current.title) changes.title = { from: current.title, to: edit.title };
    if (summary !== current.summary) changes.summary = { from: current.summary, to: summary };
    if (detectedAt.getTime() !== current.detectedAt.getTime()) changes.detectedAt = { from: current.detectedAt.toISOString(), to: detectedAt.toISOString() };
    if (iso(impactStartedAt) !== iso(current.impactStartedAt)) changes.impactStartedAt = { from: iso(current.impactStartedAt), to: iso(impactStartedAt) };
    if (bridgeUrl !== current.bridgeUrl) changes.bridgeUrl = { from: current.bridgeUrl, to: bridgeUrl };
    if (Object.keys(changes).length === 0) throw new DomainError("conflict", "Nothing changed: the details are already as given.");
    const shiftMs = detectedAt.getTime() - current.detectedAt.getTime();
    if (shiftMs !== 0) await moveDeadlines(tx, incidentId, detectedAt, shiftMs, new Date());
    const incident = await tx.incident.update({
      where: { id: incidentId },
      data: { title: edit.title ?? current.title, summary, detectedAt, impactStartedAt, bridgeUrl },
    });
    const event = await appendEvent(tx, incidentId, {
      type: "incident.details_edited",
      actor: user,
      data: { changes, deadlinesMovedMinutes: shiftMs === 0 ? null : Math.round(shiftMs / MINUTE_MS) },
    });
    return { result: incident, events: [event] };
  });
}

/**
 * Ends an incident that should never have been declared. Its escalations and status-update
 * reminders stop with it (they run for active incidents only), and it leaves every figure.
 */
export async function declareInError(user: SignedInUser, incidentId: string, input: unknown) {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canCommandIncident, "Only the incident commander or an admin can declare an incident in error.");
    const current = await requireUnfinished(tx, incidentId, "a declaration in error", canDeclareInError);
    const { reason } = parseInput(declareInErrorSchema, input);
    const now = new Date();
    const incident = await tx.incident.update({
      where: { id: incidentId },
      data: { state: DECLARED_IN_ERROR, declaredInErrorAt: now, declaredInErrorReason: reason, statusUpdateDueAt: null },
    });
    const event = await appendEvent(tx, incidentId, {
      type: "incident.declared_in_error",
      actor: user,
      data: { from: current.state, reason },
      occurredAt: now,
    });
    return { result: incident, events: [event] };
  });
}

