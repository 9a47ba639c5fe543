// What must come back first, derived from the service dependency graph (DESIGN.md: "database
// before core API before web app"). A service can be restored once everything it depends on is
// back, so stage n holds the services whose longest chain of dependencies is n - 1 long.

export type ServiceNode = {
  key: string;
  name: string;
  /** Null for dependencies the priority matrix names but does not rate (Redis, Storage, …). */
  priority: number | null;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  position: number;
  /** Keys of the services this one needs running first. */
  dependsOn: readonly string[];
};

export type RecoveryObjective = {
  priority: number;
  rtoMinutes: number;
  rpoMinutes: number;
  /** For an unrated dependency, the strictest service that needs it; null for a rated service. */
  inheritedFrom: { key: string; name: string } | null;
};

export type StagedService<Service extends ServiceNode = ServiceNode> = Service & { objective: RecoveryObjective | null };
export type RecoveryStage<Service extends ServiceNode = ServiceNode> = { number: number; services: StagedService<Service>[] };

export class DependencyCycleError extends Error {
  /** Service names around the cycle, each depending on the next; the first is repeated last. */
  readonly cycle: string[];

  constructor(cycle: string[]) {
    super(`The service dependencies form a cycle (${cycle.join(" → ")}), so no recovery order can be derived.`);
    this.name = "DependencyCycleError";
    this.cycle = cycle;
  }
}

type Rated = ServiceNode & { priority: number; rtoMinutes: number; rpoMinutes: number };

function isRated(service: ServiceNode): service is Rated {
  return service.priority !== null && service.rtoMinutes !== null && service.rpoMinutes !== null;
}

function indexByKey(services: readonly ServiceNode[]): Map<string, ServiceNode> {
  const byKey = new Map(services.map((service) => [service.key, service]));
  for (const service of services) {
    for (const key of service.dependsOn) {
      if (!byKey.has(key)) throw new Error(`${service.name} depends on "${key}", which is not a known service.`);
    }
  }
  return byKey;
}

function lookup(byKey: Map<string, ServiceNode>, key: string): ServiceNode {
  const service = byKey.get(key);
  if (!service) throw new Error(`"${key}" is not a known service.`);
  return service;
}

/** How long each service's longest chain of dependencies is: 0 for a service that needs nothing. */
export function dependencyDepths(services: readonly ServiceNode[]): Map<string, number> {
  const byKey = indexByKey(services);
  const depths = new Map<string, number>();
  const path: string[] = [];

  function visit(key: string): number {
    const known = depths.get(key);
    if (known !== undefined) return known;
    const onPath = path.indexOf(key);
    if (onPath !== -1) {
      throw new DependencyCycleError([...path.slice(onPath), key].map((cycleKey) => lookup(byKey, cycleKey).name));
    }
    path.push(key);
    const depth = lookup(byKey, key).dependsOn.reduce((deepest, dependency) => Math.max(deepest, visit(dependency) + 1), 0);
    path.pop();
    depths.set(key, depth);
    return depth;
  }

  for (const service of services) visit(service.key);
  return depths;
}

/** Shortest RTO first, then shortest RPO, then the more urgent priority. */
function stricter(a: Rated, b: Rated): number {
  return a.rtoMinutes - b.rtoMinutes || a.rpoMinutes - b.rpoMinutes || a.priority - b.priority;
}

/**
 * Each service's recovery objective: its own from the matrix, or, for an unrated dependency, that
 * of the strictest service depending on it directly or through others (Storage is needed by
 * Database, so it must meet Database's objective). Null when nothing rated depends on it.
 */
export function recoveryObjectives(services: readonly ServiceNode[]): Map<string, RecoveryObjective | null> {
  indexByKey(services);
  const dependents = new Map<string, ServiceNode[]>();
  for (const service of services) {
    for (const key of service.dependsOn) dependents.set(key, [...(dependents.get(key) ?? []), service]);
  }

  // Breadth first, so among equally strict services the nearest names the source: Storage
  // inherits from Database, which needs it directly, not from what needs Database.
  function strictestDependent(key: string): Rated | null {
    const seen = new Set([key]);
    let layer = dependents.get(key) ?? [];
    let strictest: Rated | null = null;
    while (layer.length) {
      const fresh = layer.filter((service) => !seen.has(service.key));
      fresh.forEach((service) => seen.add(service.key));
      const rated = fresh.filter(isRated).sort((a, b) => stricter(a, b) || a.position - b.position);
      if (rated[0] && (!strictest || stricter(rated[0], strictest) < 0)) strictest = rated[0];
      layer = fresh.flatMap((service) => dependents.get(service.key) ?? []);
    }
    return strictest;
  }

  return new Map(
    services.map((service): [string, RecoveryObjective | null] => {
      if (isRated(service)) {
        const { priority, rtoMinutes, rpoMinutes } = service;
        return [service.key, { priority, rtoMinutes, rpoMinutes, inheritedFrom: null }];
      }
      const source = strictestDependent(service.key);
      if (!source) return [service.key, null];
      const { priority, rtoMinutes, rpoMinutes, key, name } = source;
      return [service.key, { priority, rtoMinutes, rpoMinutes, inheritedFrom: { key, name } }];
    }),
  );
}

/** Most urgent first; services that nothing rated needs come last. */
function byUrgency(a: StagedService, b: StagedService): number {
  if (!a.objective || !b.objective) return Number(!a.objective) - Number(!b.objective) || a.position - b.position;
  return (
    a.objective.priority - b.objective.priority ||
    a.objective.rtoMinutes - b.objective.rtoMinutes ||
    a.position - b.position
  );
}

/**
 * The recovery order: stage 1 holds what depends on nothing, each later stage what depends only on
 * earlier stages; within a stage, by priority. Throws DependencyCycleError if no order exists.
 */
export function recoveryStages<Service extends ServiceNode>(services: readonly Service[]): RecoveryStage<Service>[] {
  const depths = dependencyDepths(services);
  const objectives = recoveryObjectives(services);
  const stages: StagedService<Service>[][] = [];
  for (const service of services) {
    const depth = depths.get(service.key) ?? 0;
    (stages[depth] ??= []).push({ ...service, objective: objectives.get(service.key) ?? null });
  }
  return stages.map((members, index) => ({ number: index + 1, services: members.sort(byUrgency) }));
}
