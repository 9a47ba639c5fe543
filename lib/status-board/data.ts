import "server-only";
// The management board: every active incident at a glance, the health of every service in the
// plan, and how recent incidents ended against their RTO. Read-only for every role.
import { doneItemsByIncident } from "@/lib/checklists/data";
import { db } from "@/lib/db";
import { ACTIVE_STATES, COUNTED_INCIDENTS } from "@/lib/incidents/state-machine";
import { obligationsByIncident } from "@/lib/obligations/data";
import { listOverdueReviews } from "@/lib/reviews/data";
import { listServices } from "@/lib/services/data";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";
import { serviceHealth, type ServiceHit } from "@/lib/services/health";
import { DAY_MS, minutesBetween } from "@/lib/format";
import { RECENTLY_RESOLVED_DAYS } from "@/lib/status-board/types";

/** At most this many resolved incidents are on the board. */
const RECENT_LIMIT = 6;

const SERVICE_NAME = { select: { key: true, name: true, rtoMinutes: true } } as const;

async function activeIncidents() {
  const incidents = await db().incident.findMany({
    where: { state: { in: [...ACTIVE_STATES] } },
    orderBy: [{ severity: "asc" }, { detectedAt: "asc" }],
    include: {
      services: { include: { service: SERVICE_NAME }, orderBy: { rtoDeadline: "asc" } },
      escalations: {
        where: { firedAt: { not: null } },
        // Levels caught up on together fire at the same moment: the highest is where it stands.
        orderBy: [{ firedAt: "desc" }, { level: { position: "desc" } }],
        take: 1,
        include: { level: { select: { key: true, name: true, position: true } } },
      },
      statusUpdates: { orderBy: { postedAt: "desc" }, take: 1, include: { author: { select: { name: true } } } },
      _count: { select: { checklist: true } },
    },
  });
  const doneByIncident = await doneItemsByIncident(incidents.map((incident) => incident.id));
  const obligations = await obligationsByIncident(incidents);
  return incidents.map(({ _count, services, escalations, statusUpdates, ...incident }) => ({
    id: incident.id,
    number: incident.number,
    title: incident.title,
    severity: incident.severity,
    state: incident.state,
    isDrill: incident.isDrill,
    detectedAt: incident.detectedAt,
    escalationPausedAt: incident.escalationPausedAt,
    services: services.map(({ service, ...affected }) => ({
      key: service.key,
      name: service.name,
      impact: affected.impact,
      rtoDeadline: affected.rtoDeadline,
      breachedAt: affected.breachedAt,
      restoredAt: affected.restoredAt,
    })),
    checklist: { total: _count.checklist, done: doneByIncident.get(incident.id) ?? 0 },
    obligations: obligations.get(incident.id) ?? [],
    escalation: escalations[0] ? { name: escalations[0].level.name, firedAt: escalations[0].firedAt! } : null,
    latestUpdate: statusUpdates[0]
      ? { audience: statusUpdates[0].audience, subject: statusUpdates[0].subject, body: statusUpdates[0].body, postedAt: statusUpdates[0].postedAt, author: statusUpdates[0].author.name }
      : null,
  }));
}

/** Incidents resolved lately, with each service's recovery time against its RTO. */
async function recentlyResolved(now: Date) {
  const incidents = await db().incident.findMany({
    where: { resolvedAt: { gte: new Date(now.getTime() - RECENTLY_RESOLVED_DAYS * DAY_MS) }, ...COUNTED_INCIDENTS },
    orderBy: { resolvedAt: "desc" },
    take: RECENT_LIMIT,
    include: { services: { include: { service: SERVICE_NAME }, orderBy: { rtoDeadline: "asc" } } },
  });
  return incidents.map((incident) => ({
    id: incident.id,
    number: incident.number,
    title: incident.title,
    severity: incident.severity,
    isDrill: incident.isDrill,
    detectedAt: incident.detectedAt,
    resolvedAt: incident.resolvedAt!,
    services: incident.services.map(({ service, ...affected }) => ({
      key: service.key,
      name: service.name,
      rtoMinutes: minutesBetween(incident.detectedAt, affected.rtoDeadline),
      recoveryMinutes: affected.recoveryMinutes,
      rpoTargetMinutes: affected.rpoTargetMinutes,
      dataLossMinutes: affected.dataLossMinutes,
    })),
  }));
}

export async function getStatusBoard(caller: SignedInUser, now = new Date()) {
  requireSignedIn(caller);
  return readStatusBoard(now);
}

/** The board as every signed-in person sees it: for a room whose members were let in on joining. */
export async function readStatusBoard(now = new Date()) {
  const [services, underWay, resolved, overdueReviews] = await Promise.all([
    listServices(),
    activeIncidents(),
    recentlyResolved(now),
    listOverdueReviews(now),
  ]);
  // Drills stand apart, below every real incident, whatever their severity.
  const active = underWay.filter((incident) => !incident.isDrill);
  const drills = underWay.filter((incident) => incident.isDrill);
  // Drills exercise the plan on real services' names; they do not colour the health matrix.
  const hits: ServiceHit[] = active.flatMap((incident) =>
      incident.services
        .filter((service) => !service.restoredAt)
        .map((service) => ({
          serviceKey: service.key,
          impact: service.impact,
          incident: { id: incident.id, number: incident.number, title: incident.title },
        })),
    );
  return { generatedAt: now, active, drills, health: serviceHealth(services, hits), resolved, overdueReviews };
}

export type StatusBoard = Awaited<ReturnType<typeof readStatusBoard>>;
