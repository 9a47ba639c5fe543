import "server-only";
import { doneItemsByIncident } from "@/lib/checklists/data";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IncidentRole, IncidentState, Severity } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import type { IncidentAccess } from "@/lib/incidents/ability";
import { waitingFor } from "@/lib/checklists/waiting";
import { ACTIVE_STATES, isActive, STATE_LABELS } from "@/lib/incidents/state-machine";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

type Reader = Prisma.TransactionClient;

export function incidentNotFound(incidentId: string) {
  return new DomainError("not_found", `No incident has the id ${incidentId}.`);
}

export async function incidentExists(incidentId: string): Promise<boolean> {
  return !!(await db().incident.findUnique({ where: { id: incidentId }, select: { id: true } }));
}

/**
 * The caller's platform role and their current roles in the incident, in one query that also
 * tells a missing incident (404) from a refusal (403). Admins and management need no lookup of
 * incident roles: their answer never depends on them.
 */
export async function accessFor(reader: Reader, incidentId: string, user: SignedInUser): Promise<IncidentAccess> {
  const [row] = await reader.$queryRaw<{ roles: IncidentRole[] | null }[]>`
    SELECT array_agg(r.role::text) FILTER (WHERE r.role IS NOT NULL) AS roles
    FROM "Incident" i
    LEFT JOIN "IncidentRoleAssignment" r
      ON r."incidentId" = i.id AND r."userId" = ${user.id} AND r."endedAt" IS NULL AND ${user.role !== "admin" && user.role !== "viewer"}
    WHERE i.id = ${incidentId}
    GROUP BY i.id`;
  if (!row) throw incidentNotFound(incidentId);
  return { role: user.role, incidentRoles: row.roles ?? [] };
}

const VIEWER_REFUSAL = "Your account can follow incidents but not change them. Ask the incident commander to make this change, or an admin to give you a responder's account.";

/** Throws 404 for a missing incident and 403 with `refusal` (a viewer's own words for them) unless `may` allows the caller. */
export async function guardIncident(
  reader: Reader,
  incidentId: string,
  user: SignedInUser,
  may: (access: IncidentAccess) => boolean,
  refusal: string,
): Promise<IncidentAccess> {
  const access = await accessFor(reader, incidentId, user);
  // Management cannot join an incident: a refusal telling them to would send them nowhere.
  if (!may(access)) throw new DomainError("forbidden", access.role === "viewer" ? VIEWER_REFUSAL : refusal);
  return access;
}

/** The 409 for a change a finished incident no longer takes; its review stays writable. */
export function finishedIncident(incident: { number: number; state: IncidentState }, takes: string) {
  return new DomainError(
    "conflict",
    `Incident #${incident.number} is ${STATE_LABELS[incident.state].toLowerCase()}: it no longer takes ${takes}.${incident.state === "declared_in_error" ? "" : " Its review stays open."}`,
    undefined,
    { state: incident.state },
  );
}

/**
 * Refuses (409) a change to an incident that is no longer being worked (resolved, in review or
 * closed), unless `stillTakes` names its state. The row lock, the one appendEvent would take
 * anyway, keeps a resolution from slipping in between this check and the write.
 */
export async function requireUnfinished(
  tx: Reader,
  incidentId: string,
  takes: string,
  stillTakes: (state: IncidentState) => boolean = isActive,
) {
  const [incident] = await tx.$queryRaw<{ number: number; state: IncidentState }[]>`
    SELECT number, state FROM "Incident" WHERE id = ${incidentId} FOR NO KEY UPDATE`;
  if (!incident) throw incidentNotFound(incidentId);
  if (!stillTakes(incident.state)) throw finishedIncident(incident, takes);
  return incident;
}

const SERVICE_FIELDS = {
  select: {
    key: true,
    name: true,
    priority: true,
    dependencies: { select: { dependsOn: { select: { key: true, name: true } } } },
  },
} as const;

/** Everything the war room shows but the timeline itself, as of `lastSeq`. */
export async function getIncident(caller: SignedInUser, incidentId: string) {
  requireSignedIn(caller);
  const incident = await db().incident.findUnique({
    where: { id: incidentId },
    include: {
      scenario: { select: { key: true, name: true } },
      drillSchedule: { select: { key: true, testType: true } },
      services: { include: { service: SERVICE_FIELDS }, orderBy: { rtoDeadline: "asc" } },
      checklist: { orderBy: { position: "asc" }, include: { doneBy: { select: { id: true, name: true } }, service: { select: { key: true, name: true } } } },
      roles: { orderBy: { startedAt: "asc" }, include: { user: { select: { id: true, name: true } } } },
      events: { where: { pins: { some: {} } }, select: { seq: true } },
      review: { select: { dueAt: true, heldAt: true } },
      statusUpdates: { orderBy: { postedAt: "desc" }, include: { author: { select: { id: true, name: true } } } },
      escalations: {
        orderBy: { dueAt: "asc" },
        include: {
          level: { select: { key: true, name: true, audience: true, afterMinutes: true } },
          acknowledgements: { orderBy: { acknowledgedAt: "asc" }, include: { user: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  if (!incident) throw incidentNotFound(incidentId);
  const { events, checklist, services, ...rest } = incident;
  return {
    ...rest,
    services: services.map(({ service, ...affected }) => ({
      ...affected,
      key: service.key,
      name: service.name,
      priority: service.priority,
      dependsOn: service.dependencies.map(({ dependsOn }) => dependsOn),
    })),
    checklist: checklist.map((item) => ({ ...item, waitingFor: waitingFor(item.service?.key ?? null, services) })),
    pinnedSeqs: events.map((event) => event.seq),
  };
}

export type IncidentDetail = Awaited<ReturnType<typeof getIncident>>;

/** Incidents, newest first, with what a list needs: worst time to breach and checklist progress. */
export async function listIncidents(caller: SignedInUser, filter: { drills?: "only" | "exclude" } = {}) {
  requireSignedIn(caller);
  const where: Prisma.IncidentWhereInput =
    filter.drills === "only" ? { isDrill: true } : filter.drills === "exclude" ? { isDrill: false } : {};
  const incidents = await db().incident.findMany({
    where,
    orderBy: { detectedAt: "desc" },
    include: {
      scenario: { select: { key: true, name: true } },
      services: { select: { rtoDeadline: true, restoredAt: true, service: { select: { key: true, name: true } } } },
      _count: { select: { checklist: true } },
    },
  });
  const doneByIncident = await doneItemsByIncident(incidents.map((incident) => incident.id));
  return incidents.map(({ _count, services, ...incident }) => {
    const open = services.filter((service) => !service.restoredAt);
    const nextDeadline = open.map((service) => service.rtoDeadline).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
    return {
      ...incident,
      services: services.map((service) => ({ ...service.service, restored: !!service.restoredAt, rtoDeadline: service.rtoDeadline })),
      nextRtoDeadline: nextDeadline,
      checklist: { total: _count.checklist, done: doneByIncident.get(incident.id) ?? 0 },
    };
  });
}

export type IncidentSummary = Awaited<ReturnType<typeof listIncidents>>[number];

/** Real incidents being worked now, for the navigation's count; drills are exercises, not counted. */
export function countActiveIncidents(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().incident.count({ where: { isDrill: false, state: { in: [...ACTIVE_STATES] } } });
}

// The home page reads the worst first: the most severe tier, then the soonest breach.
const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };

/**
 * The incidents being worked, for the home page: real ones before drills, each group by severity
 * then by its soonest RTO deadline among services not yet restored (none left last), with the
 * caller's own roles in each.
 */
export async function listActiveIncidents(caller: SignedInUser) {
  requireSignedIn(caller);
  const incidents = await db().incident.findMany({
    where: { state: { in: [...ACTIVE_STATES] } },
    select: {
      id: true,
      number: true,
      title: true,
      severity: true,
      state: true,
      isDrill: true,
      detectedAt: true,
      services: { where: { restoredAt: null }, orderBy: { rtoDeadline: "asc" }, select: { rtoDeadline: true, service: { select: { name: true } } } },
      roles: { where: { userId: caller.id, endedAt: null }, orderBy: { startedAt: "asc" }, select: { role: true } },
    },
  });
  const worst = (incident: (typeof incidents)[number]) => incident.services[0]?.rtoDeadline.getTime() ?? Number.POSITIVE_INFINITY;
  return incidents
    .sort((a, b) => Number(a.isDrill) - Number(b.isDrill) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || worst(a) - worst(b))
    .map(({ services, roles, ...incident }) => ({
      ...incident,
      worstDeadline: services[0] ? { service: services[0].service.name, rtoDeadline: services[0].rtoDeadline } : null,
      unrestoredServices: services.length,
      yourRoles: roles.map((assignment) => assignment.role),
    }));
}

export type ActiveIncident = Awaited<ReturnType<typeof listActiveIncidents>>[number];
