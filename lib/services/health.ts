// A service's health on the management board: the worst impact active incidents have on it,
// carried along the dependency graph. A service that is down or degraded puts everything that
// depends on it, directly or through others, at risk (the plan's matrix: Database down puts
// Core API and Authentication at risk).
import type { ServiceImpact } from "@/lib/generated/prisma/enums";

export type Health = "operational" | ServiceImpact;

const HEALTH_RANK: Record<Health, number> = { operational: 0, at_risk: 1, degraded: 2, down: 3 };

/** Impacts that reach the services depending on the one hit. */
const SPREADING: readonly ServiceImpact[] = ["down", "degraded"];

export type ServiceNode = { key: string; name: string; dependsOn: readonly string[] };
export type IncidentRef = { id: string; number: number; title: string };
/** An unrestored service of an active incident. */
export type ServiceHit = { serviceKey: string; impact: ServiceImpact; incident: IncidentRef };

export type HealthReason =
  | { kind: "direct"; impact: ServiceImpact; incident: IncidentRef }
  /** `cause` is hit with `impact`; `path` names the services in between, nearest first. */
  | { kind: "dependency"; cause: string; impact: ServiceImpact; path: string[]; incident: IncidentRef };

export type ServiceHealth = { key: string; name: string; health: Health; reasons: HealthReason[] };

function worseHealth(a: Health, b: Health): Health {
  return HEALTH_RANK[a] >= HEALTH_RANK[b] ? a : b;
}

const healthOf = (reason: HealthReason): Health => (reason.kind === "direct" ? reason.impact : "at_risk");

/** Whether `reason` explains a service's state better than `kept`, of the same kind and incident. */
function outranks(reason: HealthReason, kept: HealthReason): boolean {
  if (reason.kind === "direct" || kept.kind === "direct") return HEALTH_RANK[reason.impact] > HEALTH_RANK[kept.impact];
  return HEALTH_RANK[reason.impact] > HEALTH_RANK[kept.impact] || (reason.impact === kept.impact && reason.path.length < kept.path.length);
}

/** For each service, the services it depends on, directly or not, with the path to each (BFS). */
function dependencyPaths(services: readonly ServiceNode[]): Map<string, Map<string, string[]>> {
  const byKey = new Map(services.map((service) => [service.key, service]));
  const paths = new Map<string, Map<string, string[]>>();
  for (const service of services) {
    const reached = new Map<string, string[]>();
    const queue = service.dependsOn.map((key) => ({ key, path: [] as string[] }));
    while (queue.length > 0) {
      const { key, path } = queue.shift()!;
      if (reached.has(key) || key === service.key) continue;
      reached.set(key, path);
      const next = byKey.get(key);
      for (const dependency of next?.dependsOn ?? []) queue.push({ key: dependency, path: [...path, next!.name] });
    }
    paths.set(service.key, reached);
  }
  return paths;
}

/** Every service's health and why, worst reason first, from the unrestored hits of active incidents. */
export function serviceHealth(services: readonly ServiceNode[], hits: readonly ServiceHit[]): ServiceHealth[] {
  const names = new Map(services.map((service) => [service.key, service.name]));
  const paths = dependencyPaths(services);
  return services.map((service) => {
    // Per incident, at most two reasons: the hit on the service itself, and the worst dependency
    // hit, nearest first (the root cause, not every service in between).
    const byIncident = new Map<string, HealthReason>();
    for (const hit of hits) {
      const path = paths.get(service.key)?.get(hit.serviceKey);
      const reason: HealthReason | null =
        hit.serviceKey === service.key
          ? { kind: "direct", impact: hit.impact, incident: hit.incident }
          : path && SPREADING.includes(hit.impact)
            ? { kind: "dependency", cause: names.get(hit.serviceKey) ?? hit.serviceKey, impact: hit.impact, path, incident: hit.incident }
            : null;
      if (!reason) continue;
      const slot = `${hit.incident.id}:${reason.kind}`;
      const kept = byIncident.get(slot);
      if (!kept || outranks(reason, kept)) byIncident.set(slot, reason);
    }
    const reasons = [...byIncident.values()];
    const directFirst = (reason: HealthReason) => (reason.kind === "direct" ? 0 : 1);
    reasons.sort(
      (a, b) => HEALTH_RANK[healthOf(b)] - HEALTH_RANK[healthOf(a)] || a.incident.number - b.incident.number || directFirst(a) - directFirst(b),
    );
    const health = reasons.map(healthOf).reduce(worseHealth, "operational");
    return { key: service.key, name: service.name, health, reasons };
  });
}
