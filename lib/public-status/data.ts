import "server-only";
import { db } from "@/lib/db";
import { DAY_MS, SECOND_MS } from "@/lib/format";
import { COUNTED_INCIDENTS, isActive } from "@/lib/incidents/state-machine";
import { listServices } from "@/lib/services/data";
import { serviceHealth, type ServiceHealth } from "@/lib/services/health";
import {
  PUBLIC_HISTORY_DAYS,
  type PublicIncident,
  type PublicServiceState,
  type PublicStatus,
  type PublicStatusView,
} from "@/lib/public-status/types";

/** At most this many past incidents are listed. */
const HISTORY_LIMIT = 20;
/** A database that has not answered by then is treated as down: the page must answer quickly. */
const DATABASE_TIMEOUT_MS = 3 * SECOND_MS;
// Shown when no public update gave the incident a headline.
const UNTITLED = "Service disruption";

const STATE_RANK: Record<PublicServiceState, number> = { operational: 0, degraded: 1, outage: 2 };

/**
 * A service's state as the public sees it: down is an outage, degraded is degraded, and a service
 * whose dependency is down or degraded works poorly too. A service merely judged at risk by the
 * team still works.
 */
function publicState({ health, reasons }: ServiceHealth): PublicServiceState {
  if (health === "down") return "outage";
  if (health === "degraded" || reasons.some((reason) => reason.kind === "dependency")) return "degraded";
  return "operational";
}

async function loadPublicStatus(now: Date): Promise<PublicStatus> {
  // Only real incidents with at least one public update: the public page shows what the
  // communications lead chose to say, never an incident the public was not told of.
  const [services, incidents] = await Promise.all([
    listServices(),
    db().incident.findMany({
      where: {
        isDrill: false,
        ...COUNTED_INCIDENTS,
        statusUpdates: { some: { audience: "public" } },
        OR: [{ resolvedAt: null }, { resolvedAt: { gte: new Date(now.getTime() - PUBLIC_HISTORY_DAYS * DAY_MS) } }],
      },
      orderBy: { detectedAt: "desc" },
      take: HISTORY_LIMIT,
      select: {
        id: true,
        number: true,
        title: true,
        state: true,
        resolvedAt: true,
        services: { select: { impact: true, restoredAt: true, service: { select: { key: true, name: true, isPublic: true } } } },
        statusUpdates: { where: { audience: "public" }, orderBy: { postedAt: "desc" }, select: { id: true, subject: true, body: true, postedAt: true } },
      },
    }),
  ]);
  const ongoing = incidents.filter((incident) => isActive(incident.state));
  const hits = ongoing.flatMap((incident) =>
    incident.services
      .filter((affected) => !affected.restoredAt)
      .map((affected) => ({ serviceKey: affected.service.key, impact: affected.impact, incident: { id: incident.id, number: incident.number, title: incident.title } })),
  );
  const publicKeys = new Set(services.filter((service) => service.isPublic).map((service) => service.key));
  const states = serviceHealth(services, hits)
    .filter((service) => publicKeys.has(service.key))
    .map((service) => ({ name: service.name, state: publicState(service) }));
  const overall = states.map((service) => service.state).reduce<PublicServiceState>((worst, state) => (STATE_RANK[state] > STATE_RANK[worst] ? state : worst), "operational");
  return {
    asOf: now.toISOString(),
    overall,
    services: states,
    incidents: incidents.map((incident): PublicIncident => ({
      id: incident.statusUpdates.at(-1)!.id,
      title: incident.statusUpdates.find((update) => update.subject)?.subject ?? UNTITLED,
      status: isActive(incident.state) ? "ongoing" : "resolved",
      resolvedAt: isActive(incident.state) ? null : (incident.resolvedAt?.toISOString() ?? null),
      services: incident.services.filter((affected) => affected.service.isPublic).map((affected) => affected.service.name),
      updates: incident.statusUpdates.map((update) => ({ ...update, postedAt: update.postedAt.toISOString() })),
    })),
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

// Per process, kept across Next's module instances.
type LastKnown = { last?: PublicStatus; unreachableSince?: Date; probedAt?: number };
const memory = globalThis as unknown as { musterPublicStatus?: LastKnown };

/** While the database is unreachable, it is asked again at most this often; others get the last state at once. */
const PROBE_INTERVAL_MS = 5 * SECOND_MS;

export const PUBLIC_STATUS_UNAVAILABLE = "The status is unavailable right now.";

export class PublicStatusUnavailable extends Error {}

function stale(cache: LastKnown): PublicStatusView {
  if (!cache.last) throw new PublicStatusUnavailable(PUBLIC_STATUS_UNAVAILABLE);
  return { ...cache.last, stale: true, unreachableSince: cache.unreachableSince!.toISOString() };
}

/**
 * The public status now; if the database cannot be reached, the last state read, marked stale,
 * with since when. Throws PublicStatusUnavailable only if there is no last state to show. The
 * scheduler reads it every few seconds, so the last state is recent even if nobody was looking.
 */
export async function readPublicStatus(now = new Date()): Promise<PublicStatusView> {
  const cache = (memory.musterPublicStatus ??= {});
  if (cache.unreachableSince && now.getTime() - (cache.probedAt ?? 0) < PROBE_INTERVAL_MS) return stale(cache);
  cache.probedAt = now.getTime();
  try {
    const status = await withTimeout(loadPublicStatus(now), DATABASE_TIMEOUT_MS);
    // A slow read that finishes after a newer one must not put older news back.
    if (!cache.last || Date.parse(status.asOf) >= Date.parse(cache.last.asOf)) cache.last = status;
    if (cache.unreachableSince && now >= cache.unreachableSince) cache.unreachableSince = undefined;
    return { ...status, stale: false, unreachableSince: null };
  } catch (error) {
    if (!cache.unreachableSince) console.error("The public status page cannot reach the database", error);
    cache.unreachableSince ??= now;
    return stale(cache);
  }
}
