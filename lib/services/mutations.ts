import "server-only";
import { DomainError } from "@/lib/errors";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { changedFields, inPlanTransaction, recordPlanChange } from "@/lib/plan/changes";
import { listServices, type ServiceWithDependencies } from "@/lib/services/data";
import { presentServices } from "@/lib/services/present";
import { updateServiceSchema } from "@/lib/services/schema";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

/** The fields of a service an admin edits, as GET /api/services names them. */
function editableFields(service: Pick<ServiceWithDependencies, "name" | "priority" | "rtoMinutes" | "rpoMinutes" | "dependsOn" | "isPublic">) {
  const { name, priority, rtoMinutes, rpoMinutes, dependsOn, isPublic } = service;
  return { name, priority, rtoMinutes, rpoMinutes, dependsOn, isPublic };
}

/**
 * The circle `key`'s new dependencies would close, as service keys from `key` back to itself, or
 * null when the graph stays free of circles.
 */
export function dependencyCircle(catalogue: readonly Pick<ServiceWithDependencies, "key" | "dependsOn">[], key: string, dependsOn: readonly string[]): string[] | null {
  const edges = new Map(catalogue.map((service) => [service.key, service.key === key ? dependsOn : service.dependsOn]));
  const visited = new Set<string>();
  const walk = (path: string[]): string[] | null => {
    for (const next of edges.get(path.at(-1)!) ?? []) {
      if (next === key) return [...path, key];
      if (visited.has(next)) continue;
      visited.add(next);
      const circle = walk([...path, next]);
      if (circle) return circle;
    }
    return null;
  };
  return walk([key]);
}

/**
 * Changes a service of the plan (admins): any of its name, rating, objectives, dependencies and
 * whether the public status page shows it. Incidents already declared keep the deadlines they were
 * declared with; the change applies to incidents declared after it.
 */
export async function updateService(user: SignedInUser, serviceKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseId(serviceKey, "key", "a service's key");
  const changes = parseInput(updateServiceSchema, input);

  await inPlanTransaction(async (tx) => {
    const catalogue = await listServices(tx);
    const service = catalogue.find((candidate) => candidate.key === key);
    if (!service) throw new DomainError("not_found", `No service has the key "${serviceKey}".`);
    const byKey = new Map(catalogue.map((candidate) => [candidate.key, candidate]));

    const dependsOn = changes.dependsOn && [...new Set(changes.dependsOn)];
    dependsOn?.forEach((dependency, index) => {
      if (!byKey.has(dependency)) throw new DomainError("invalid", `dependsOn.${index} names no service: "${dependency}".`, `dependsOn.${index}`);
    });
    if (dependsOn) {
      const circle = dependencyCircle(catalogue, key, dependsOn);
      if (circle) {
        const names = circle.map((step) => byKey.get(step)!.name).join(" → ");
        throw new DomainError("invalid", `dependsOn would make the services depend on each other in a circle: ${names}.`, "dependsOn");
      }
      // Kept in the plan's order, as the service list shows them.
      dependsOn.sort((a, b) => byKey.get(a)!.position - byKey.get(b)!.position);
    }

    const before = editableFields(service);
    const after = { ...before, ...changes, ...(dependsOn && { dependsOn }) };
    const diff = changedFields(before, after);
    // Writing a service's values back as they stand changes nothing, and makes no new version.
    if (!diff.changed) return;

    const { name, priority, rtoMinutes, rpoMinutes, isPublic } = changes;
    await tx.service.update({ where: { id: service.id }, data: { name, priority, rtoMinutes, rpoMinutes, isPublic } });
    if ("dependsOn" in diff.after) {
      await tx.serviceDependency.deleteMany({ where: { serviceId: service.id } });
      await tx.serviceDependency.createMany({
        data: after.dependsOn.map((dependency) => ({ serviceId: service.id, dependsOnId: byKey.get(dependency)!.id })),
      });
    }
    await recordPlanChange(tx, user, { kind: "service", key, label: after.name, ...diff });
  });

  const presented = presentServices(await listServices()).find((candidate) => candidate.key === key);
  if (!presented) throw new DomainError("not_found", `No service has the key "${serviceKey}".`);
  return presented;
}
