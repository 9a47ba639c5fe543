// A step that brings a service back waits until the affected services it depends on are restored:
// the recovery order follows the dependency graph (database before core API before web app).

type AffectedService = {
  restoredAt: Date | null;
  service: { key: string; name: string; dependencies: { dependsOn: { key: string; name: string } }[] };
};

/** Names of the affected, not yet restored services that a step's service depends on. */
export function waitingFor(stepServiceKey: string | null, affected: readonly AffectedService[]): string[] {
  if (!stepServiceKey) return [];
  const unrestored = new Map(
    affected.filter((entry) => !entry.restoredAt).map((entry) => [entry.service.key, entry.service.name]),
  );
  const dependencies = new Map(
    affected.map((entry) => [entry.service.key, entry.service.dependencies.map((d) => d.dependsOn)]),
  );
  // Transitively: Web Application waits on Core API, and on Database through it, when all three
  // are affected.
  const waiting: string[] = [];
  const seen = new Set<string>();
  const queue = [...(dependencies.get(stepServiceKey) ?? [])];
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (seen.has(next.key)) continue;
    seen.add(next.key);
    if (unrestored.has(next.key)) waiting.push(next.name);
    queue.push(...(dependencies.get(next.key) ?? []));
  }
  return waiting;
}
