// What the incident routes answer: the incident's own fields (a transition's answer), the list's
// summaries, and the war room's detail. Scheduler bookkeeping (when a status reminder was last
// sent), the demo marker and the drill schedule's id stay on the server.
import { z } from "zod";
import { IncidentRole, IncidentState, ServiceImpact, Severity, WindowAnchor } from "@/lib/generated/prisma/enums";
import type { ActiveIncident, IncidentDetail, IncidentSummary } from "@/lib/incidents/data";
import { instant } from "@/lib/present";
import { statusUpdateSchema } from "@/lib/status-updates/present";

const person = z.object({ id: z.string(), name: z.string() });
const serviceName = z.object({ key: z.string(), name: z.string() });

export const incidentSchema = z.object({
  id: z.string(),
  number: z.int(),
  title: z.string(),
  summary: z.string().nullable(),
  scenarioId: z.string().nullable(),
  severity: z.enum(Severity),
  state: z.enum(IncidentState),
  isDrill: z.boolean(),
  /** A drill that pages, e-mails and calls webhooks outside Muster. */
  drillNotifiesExternal: z.boolean(),
  impactStartedAt: instant().nullable(),
  /** The conference bridge responders join: a link, on the war room and every message about the incident. */
  bridgeUrl: z.string().nullable(),
  detectedAt: instant(),
  declaredAt: instant(),
  acknowledgedAt: instant().nullable(),
  mitigatedAt: instant().nullable(),
  resolvedAt: instant().nullable(),
  closedAt: instant().nullable(),
  /** Set when it should never have been declared, with why; it then counts in no figure. */
  declaredInErrorAt: instant().nullable(),
  declaredInErrorReason: z.string().nullable(),
  dataLossMinutes: z.int().nullable(),
  escalationPausedAt: instant().nullable(),
  escalationPauseReason: z.string().nullable(),
  statusUpdateDueAt: instant().nullable(),
  /** The timeline's last sequence number as of this answer. */
  lastSeq: z.int(),
  createdById: z.string(),
  updatedAt: instant(),
});
export type IncidentFieldsView = z.infer<typeof incidentSchema>;

/** An affected service as recorded for the incident: its deadline, breach and restoration. */
export const affectedServiceSchema = z.object({
  id: z.string(),
  incidentId: z.string(),
  serviceId: z.string(),
  impact: z.enum(ServiceImpact),
  rtoDeadline: instant(),
  rpoTargetMinutes: z.int(),
  breachedAt: instant().nullable(),
  restoredAt: instant().nullable(),
  recoveryMinutes: z.int().nullable(),
  dataLossMinutes: z.int().nullable(),
});
type AffectedServiceFields = z.infer<typeof affectedServiceSchema>;

/** A checklist item's tick: what a tick answers, and a stale tick's 409 carries. */
export const checklistItemStateSchema = z.object({
  id: z.string(),
  done: z.boolean(),
  version: z.int(),
  doneAt: instant().nullable(),
  doneById: z.string().nullable(),
  title: z.string(),
});
type ChecklistItemState = z.infer<typeof checklistItemStateSchema>;

export const incidentSummarySchema = incidentSchema.extend({
  scenario: serviceName.nullable(),
  services: z.array(serviceName.extend({ restored: z.boolean(), rtoDeadline: instant() })),
  /** The soonest RTO deadline of a service not yet restored. */
  nextRtoDeadline: instant().nullable(),
  checklist: z.object({ total: z.int(), done: z.int() }),
});
export const incidentSummaryListSchema = z.array(incidentSummarySchema);
export type IncidentSummaryView = z.infer<typeof incidentSummarySchema>;

/** An incident being worked, as the home page lists it. */
export const activeIncidentSchema = incidentSchema.pick({ id: true, number: true, title: true, severity: true, state: true, isDrill: true, detectedAt: true }).extend({
  /** The service not yet restored whose RTO deadline comes first; null once all are restored. */
  worstDeadline: z.object({ service: z.string(), rtoDeadline: instant() }).nullable(),
  unrestoredServices: z.int(),
  /** The caller's own roles in the incident; empty when they are not in it. */
  yourRoles: z.array(z.enum(IncidentRole)),
});
export const activeIncidentListSchema = z.array(activeIncidentSchema);
export type ActiveIncidentView = z.infer<typeof activeIncidentSchema>;

export const incidentDetailSchema = incidentSchema.extend({
  scenario: serviceName.nullable(),
  /** The recovery test a drill started from the schedule runs. */
  drill: z.object({ key: z.string(), testType: z.string() }).nullable(),
  services: z.array(affectedServiceSchema.extend({ key: z.string(), name: z.string(), priority: z.int().nullable(), dependsOn: z.array(serviceName) })),
  checklist: z.array(
    checklistItemStateSchema.extend({
      incidentId: z.string(),
      runbookStepId: z.string().nullable(),
      runbookTitle: z.string(),
      phaseName: z.string(),
      windowStartMinutes: z.int().nullable(),
      windowEndMinutes: z.int().nullable(),
      windowAnchor: z.enum(WindowAnchor),
      position: z.int(),
      details: z.array(z.string()),
      command: z.string().nullable(),
      serviceId: z.string().nullable(),
      doneBy: person.nullable(),
      service: serviceName.nullable(),
      updatedAt: instant(),
      /** Affected services, not yet restored, that the step's service depends on. */
      waitingFor: z.array(z.string()),
    }),
  ),
  roles: z.array(
    z.object({
      id: z.string(),
      incidentId: z.string(),
      userId: z.string().nullable(),
      contactId: z.string().nullable(),
      holderName: z.string(),
      role: z.enum(IncidentRole),
      startedAt: instant(),
      endedAt: instant().nullable(),
      assignedById: z.string().nullable(),
      user: person.nullable(),
    }),
  ),
  review: z.object({ dueAt: instant(), heldAt: instant().nullable() }).nullable(),
  statusUpdates: z.array(statusUpdateSchema.extend({ author: person })),
  escalations: z.array(
    z.object({
      id: z.string(),
      incidentId: z.string(),
      levelId: z.string(),
      dueAt: instant(),
      firedAt: instant().nullable(),
      lateByMs: z.int().nullable(),
      manual: z.boolean(),
      level: z.object({ key: z.string(), name: z.string(), audience: z.string(), afterMinutes: z.int() }),
      acknowledgements: z.array(
        z.object({ id: z.string(), incidentEscalationId: z.string(), userId: z.string(), via: z.string(), acknowledgedAt: instant(), user: person }),
      ),
    }),
  ),
  /** Sequence numbers of the pinned timeline events. */
  pinnedSeqs: z.array(z.int()),
});
export type IncidentDetailView = z.infer<typeof incidentDetailSchema>;

export function presentIncidentFields(incident: IncidentFieldsView): IncidentFieldsView {
  return {
    id: incident.id,
    number: incident.number,
    title: incident.title,
    summary: incident.summary,
    scenarioId: incident.scenarioId,
    severity: incident.severity,
    state: incident.state,
    isDrill: incident.isDrill,
    drillNotifiesExternal: incident.drillNotifiesExternal,
    impactStartedAt: incident.impactStartedAt,
    bridgeUrl: incident.bridgeUrl,
    detectedAt: incident.detectedAt,
    declaredAt: incident.declaredAt,
    acknowledgedAt: incident.acknowledgedAt,
    mitigatedAt: incident.mitigatedAt,
    resolvedAt: incident.resolvedAt,
    closedAt: incident.closedAt,
    declaredInErrorAt: incident.declaredInErrorAt,
    declaredInErrorReason: incident.declaredInErrorReason,
    dataLossMinutes: incident.dataLossMinutes,
    escalationPausedAt: incident.escalationPausedAt,
    escalationPauseReason: incident.escalationPauseReason,
    statusUpdateDueAt: incident.statusUpdateDueAt,
    lastSeq: incident.lastSeq,
    createdById: incident.createdById,
    updatedAt: incident.updatedAt,
  };
}

const presentPerson = ({ id, name }: z.infer<typeof person>) => ({ id, name });
const presentServiceName = ({ key, name }: z.infer<typeof serviceName>) => ({ key, name });

export function presentAffectedService(affected: AffectedServiceFields): AffectedServiceFields {
  const { id, incidentId, serviceId, impact, rtoDeadline, rpoTargetMinutes, breachedAt, restoredAt, recoveryMinutes, dataLossMinutes } = affected;
  return { id, incidentId, serviceId, impact, rtoDeadline, rpoTargetMinutes, breachedAt, restoredAt, recoveryMinutes, dataLossMinutes };
}

export function presentChecklistItemState({ id, done, version, doneAt, doneById, title }: ChecklistItemState): ChecklistItemState {
  return { id, done, version, doneAt, doneById, title };
}

export function presentIncidentSummaries(incidents: readonly IncidentSummary[]): IncidentSummaryView[] {
  return incidents.map((incident) => ({
    ...presentIncidentFields(incident),
    scenario: incident.scenario && presentServiceName(incident.scenario),
    services: incident.services.map(({ key, name, restored, rtoDeadline }) => ({ key, name, restored, rtoDeadline })),
    nextRtoDeadline: incident.nextRtoDeadline,
    checklist: { total: incident.checklist.total, done: incident.checklist.done },
  }));
}

export function presentActiveIncidents(incidents: readonly ActiveIncident[]): ActiveIncidentView[] {
  return incidents.map(({ id, number, title, severity, state, isDrill, detectedAt, worstDeadline, unrestoredServices, yourRoles }) => ({
    id,
    number,
    title,
    severity,
    state,
    isDrill,
    detectedAt,
    worstDeadline: worstDeadline && { service: worstDeadline.service, rtoDeadline: worstDeadline.rtoDeadline },
    unrestoredServices,
    yourRoles: [...yourRoles],
  }));
}

export function presentIncident(incident: IncidentDetail): IncidentDetailView {
  return {
    ...presentIncidentFields(incident),
    scenario: incident.scenario && presentServiceName(incident.scenario),
    drill: incident.drillSchedule && { key: incident.drillSchedule.key, testType: incident.drillSchedule.testType },
    services: incident.services.map((affected) => ({
      ...presentAffectedService(affected),
      key: affected.key,
      name: affected.name,
      priority: affected.priority,
      dependsOn: affected.dependsOn.map(presentServiceName),
    })),
    checklist: incident.checklist.map((item) => ({
      ...presentChecklistItemState(item),
      incidentId: item.incidentId,
      runbookStepId: item.runbookStepId,
      runbookTitle: item.runbookTitle,
      phaseName: item.phaseName,
      windowStartMinutes: item.windowStartMinutes,
      windowEndMinutes: item.windowEndMinutes,
      windowAnchor: item.windowAnchor,
      position: item.position,
      details: item.details,
      command: item.command,
      serviceId: item.serviceId,
      doneBy: item.doneBy && presentPerson(item.doneBy),
      service: item.service && presentServiceName(item.service),
      updatedAt: item.updatedAt,
      waitingFor: item.waitingFor,
    })),
    roles: incident.roles.map(({ id, incidentId, userId, contactId, holderName, role, startedAt, endedAt, assignedById, user }) => ({
      id,
      incidentId,
      userId,
      contactId,
      holderName,
      role,
      startedAt,
      endedAt,
      assignedById,
      user: user && presentPerson(user),
    })),
    review: incident.review && { dueAt: incident.review.dueAt, heldAt: incident.review.heldAt },
    statusUpdates: incident.statusUpdates.map(({ id, incidentId, audience, subject, body, templateId, authorId, postedAt, nextUpdateDueAt, author }) => ({
      id,
      incidentId,
      audience,
      subject,
      body,
      templateId,
      authorId,
      postedAt,
      nextUpdateDueAt,
      author: presentPerson(author),
    })),
    escalations: incident.escalations.map(({ id, incidentId, levelId, dueAt, firedAt, lateByMs, manual, level, acknowledgements }) => ({
      id,
      incidentId,
      levelId,
      dueAt,
      firedAt,
      lateByMs,
      manual,
      level: { key: level.key, name: level.name, audience: level.audience, afterMinutes: level.afterMinutes },
      acknowledgements: acknowledgements.map(({ id, incidentEscalationId, userId, via, acknowledgedAt, user }) => ({
        id,
        incidentEscalationId,
        userId,
        via,
        acknowledgedAt,
        user: presentPerson(user),
      })),
    })),
    pinnedSeqs: incident.pinnedSeqs,
  };
}
