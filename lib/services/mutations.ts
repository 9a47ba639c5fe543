import "server-only";
import { DomainError } from "@/lib/errors";
import { isActive } from "@/lib/incidents/state-machine";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { changedFields, inPlanTransaction, recordPlanChange } from "@/lib/plan/changes";
import { listServices, type ServiceWithDependencies } from "@/lib/services/data";
import { presentServices } from "@/lib/services/present";
import { keyFromName } from "@/lib/plan/keys";
import { createServiceSchema, updateServiceSchema } from "@/lib/services/schema";
import type { Tx } from "@/lib/timeline/mutations";
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

/** Each dependency named must be a service of the plan; given in the plan's order, once each. */
function checkedDependencies(catalogue: readonly ServiceWithDependencies[], dependsOn: readonly string[]) {
  const byKey = new Map(catalogue.map((candidate) => [candidate.key, candidate]));
  const unique = [...new Set(dependsOn)];
  unique.forEach((dependency) => {
    const index = dependsOn.indexOf(dependency);
    if (!byKey.has(dependency)) throw new DomainError("invalid", `dependsOn.${index} names no service: "${dependency}".`, `dependsOn.${index}`);
  });
  return unique.sort((a, b) => byKey.get(a)!.position - byKey.get(b)!.position);
}

function writeDependencies(tx: Tx, catalogue: readonly ServiceWithDependencies[], serviceId: string, dependsOn: readonly string[]) {
  const byKey = new Map(catalogue.map((candidate) => [candidate.key, candidate.id]));
  return tx.serviceDependency.createMany({ data: dependsOn.map((dependency) => ({ serviceId, dependsOnId: byKey.get(dependency)! })) });
}

async function presentedService(key: string) {
  const presented = presentServices(await listServices()).find((candidate) => candidate.key === key);
  if (!presented) throw new DomainError("not_found", `No service has the key "${key}".`);
  return presented;
}

/**
 * Adds a service at the end of the plan's list (admins). Rated (a priority given), it is in the
 * priority matrix; unrated, a dependency whose urgency comes from what depends on it.
 */
export async function addService(user: SignedInUser, input: unknown) {
  requirePlanAdmin(user);
  const { key: givenKey, dependsOn = [], ...fields } = parseInput(createServiceSchema, input);

  const key = await inPlanTransaction(async (tx) => {
    const catalogue = await listServices(tx);
    const same = givenKey && catalogue.find((candidate) => candidate.key === givenKey);
    if (same) throw new DomainError("conflict", `The plan already holds the service ${same.name} with the key "${givenKey}".`, "key");
    const key = givenKey ?? keyFromName(fields.name, new Set(catalogue.map((candidate) => candidate.key)));
    const ordered = checkedDependencies(catalogue, dependsOn);
    const values = { name: fields.name, priority: fields.priority ?? null, rtoMinutes: fields.rtoMinutes ?? null, rpoMinutes: fields.rpoMinutes ?? null, isPublic: fields.isPublic ?? false };
    const position = Math.max(0, ...catalogue.map((candidate) => candidate.position)) + 1;
    const created = await tx.service.create({ data: { key, ...values, inPriorityMatrix: values.priority !== null, position } });
    await writeDependencies(tx, catalogue, created.id, ordered);
    await recordPlanChange(tx, user, { kind: "service", key, label: values.name, before: {}, after: { ...values, dependsOn: ordered } });
    return key;
  });
  return presentedService(key);
}

/** Why a service cannot leave the plan: what still names it, said so the admin knows what to change first. */
async function stillNamed(tx: Tx, service: ServiceWithDependencies, catalogue: readonly ServiceWithDependencies[]): Promise<string | null> {
  const dependants = catalogue.filter((candidate) => candidate.dependsOn.includes(service.key)).map((candidate) => candidate.name);
  if (dependants.length > 0) return `${dependants.join(", ")} ${dependants.length === 1 ? "depends" : "depend"} on it: take it out of their dependencies first.`;
  const uses = await tx.incidentService.findMany({
    where: { serviceId: service.id },
    orderBy: { incident: { number: "asc" } },
    select: { incident: { select: { number: true, title: true, state: true } } },
  });
  const running = uses.find((use) => isActive(use.incident.state));
  if (running) return `the running incident #${running.incident.number} "${running.incident.title}" uses it.`;
  if (uses[0]) return `the record of incident #${uses[0].incident.number} "${uses[0].incident.title}" names it.`;
  const step = await tx.runbookStep.findFirst({ where: { serviceId: service.id }, select: { title: true, phase: { select: { runbook: { select: { title: true } } } } } });
  if (step) return `the runbook ${step.phase.runbook.title} acts on it ("${step.title}"): change that step first.`;
  const drill = await tx.drillScheduleService.findFirst({ where: { serviceId: service.id }, select: { drillSchedule: { select: { testType: true } } } });
  if (drill) return `the recovery test ${drill.drillSchedule.testType} recovers it: take it out of that test first.`;
  return null;
}

/** Removes a service from the plan (admins), when nothing still names it: no dependant, incident, runbook step or recovery test. */
export async function removeService(user: SignedInUser, serviceKey: string) {
  requirePlanAdmin(user);
  const key = parseId(serviceKey, "key", "a service's key");
  await inPlanTransaction(async (tx) => {
    const catalogue = await listServices(tx);
    const service = catalogue.find((candidate) => candidate.key === key);
    if (!service) throw new DomainError("not_found", `No service has the key "${serviceKey}".`);
    const named = await stillNamed(tx, service, catalogue);
    if (named) throw new DomainError("conflict", `${service.name} cannot be removed from the plan: ${named}`);
    await tx.service.delete({ where: { id: service.id } });
    await recordPlanChange(tx, user, { kind: "service", key, label: service.name, before: editableFields(service), after: {} });
  });
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

    // Kept in the plan's order, as the service list shows them.
    const dependsOn = changes.dependsOn && checkedDependencies(catalogue, changes.dependsOn);
    if (dependsOn) {
      const circle = dependencyCircle(catalogue, key, dependsOn);
      if (circle) {
        const names = circle.map((step) => byKey.get(step)!.name).join(" → ");
        throw new DomainError("invalid", `dependsOn would make the services depend on each other in a circle: ${names}.`, "dependsOn");
      }
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
      await writeDependencies(tx, catalogue, service.id, after.dependsOn);
    }
    await recordPlanChange(tx, user, { kind: "service", key, label: after.name, ...diff });
  });

  return presentedService(key);
}
