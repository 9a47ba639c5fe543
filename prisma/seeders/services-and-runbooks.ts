// The priority matrix and its dependencies, the runbooks with their phases and steps, the scenarios.
import { POST_RECOVERY_ACTIONS } from "../seed-data/post-recovery-actions";
import { RECOVERY_RUNBOOKS } from "../seed-data/recovery-runbooks";
import { SCENARIOS } from "../seed-data/scenarios";
import { PRIORITY_MATRIX, UNRATED_DEPENDENCIES } from "../seed-data/services";
import { TEST_PROCEDURES } from "../seed-data/test-procedures";
import { idOf, idsByKey, type IdsByKey, type Tx } from "./keys";

const SERVICES = [
  ...PRIORITY_MATRIX.map((service) => ({ ...service, inPriorityMatrix: true })),
  ...UNRATED_DEPENDENCIES.map((service) => ({
    ...service,
    priority: null,
    rtoMinutes: null,
    rpoMinutes: null,
    inPriorityMatrix: false,
  })),
];

const RUNBOOKS = [...RECOVERY_RUNBOOKS, POST_RECOVERY_ACTIONS, ...TEST_PROCEDURES];

export async function seedServices(tx: Tx): Promise<IdsByKey> {
  const created = await tx.service.createManyAndReturn({
    data: SERVICES.map((service, index) => ({
      key: service.key,
      name: service.name,
      description: service.description,
      priority: service.priority,
      rtoMinutes: service.rtoMinutes,
      rpoMinutes: service.rpoMinutes,
      inPriorityMatrix: service.inPriorityMatrix,
      isPublic: service.isPublic,
      position: index + 1,
    })),
    skipDuplicates: true,
    select: { id: true, key: true },
  });
  const newServiceIds = idsByKey(created);
  const serviceIds = idsByKey(await tx.service.findMany({ select: { id: true, key: true } }));
  await tx.serviceDependency.createMany({
    data: SERVICES.filter((service) => newServiceIds.has(service.key)).flatMap((service) =>
      service.dependsOn.map((dependency) => ({
        serviceId: idOf(serviceIds, service.key),
        dependsOnId: idOf(serviceIds, dependency),
      })),
    ),
    skipDuplicates: true,
  });
  return serviceIds;
}

export async function seedRunbooks(tx: Tx, serviceIds: IdsByKey): Promise<IdsByKey> {
  const created = await tx.runbook.createManyAndReturn({
    data: RUNBOOKS.map((runbook, index) => ({
      key: runbook.key,
      title: runbook.title,
      kind: runbook.kind,
      situation: runbook.situation ?? null,
      detection: runbook.detection ?? [],
      position: index + 1,
    })),
    skipDuplicates: true,
    select: { id: true, key: true },
  });
  const newRunbookIds = idsByKey(created);
  const newRunbooks = RUNBOOKS.filter((runbook) => newRunbookIds.has(runbook.key));
  const phases = await tx.runbookPhase.createManyAndReturn({
    data: newRunbooks.flatMap((runbook) =>
      runbook.phases.map((phase, index) => ({
        runbookId: idOf(newRunbookIds, runbook.key),
        key: phase.key,
        name: phase.name,
        position: index + 1,
        windowStartMinutes: phase.window?.startMinutes ?? null,
        windowEndMinutes: phase.window?.endMinutes ?? null,
        windowAnchor: phase.window?.anchor ?? "detection",
      })),
    ),
    select: { id: true, runbookId: true, key: true },
  });
  const phaseIds = new Map(phases.map((phase) => [`${phase.runbookId}/${phase.key}`, phase.id]));
  await tx.runbookStep.createMany({
    data: newRunbooks.flatMap((runbook) =>
      runbook.phases.flatMap((phase) =>
        phase.steps.map((step, index) => ({
          phaseId: idOf(phaseIds, `${idOf(newRunbookIds, runbook.key)}/${phase.key}`),
          position: index + 1,
          title: step.title,
          details: step.details ?? [],
          command: step.command ?? null,
          serviceId: step.serviceKey ? idOf(serviceIds, step.serviceKey) : null,
        })),
      ),
    ),
  });
  return idsByKey(await tx.runbook.findMany({ select: { id: true, key: true } }));
}

export async function seedScenarios(tx: Tx, runbookIds: IdsByKey) {
  const created = await tx.scenario.createManyAndReturn({
    data: SCENARIOS.map((scenario, index) => ({
      key: scenario.key,
      name: scenario.name,
      severity: scenario.severity,
      examples: scenario.examples,
      position: index + 1,
    })),
    skipDuplicates: true,
    select: { id: true, key: true },
  });
  const newScenarioIds = idsByKey(created);
  await tx.scenarioRunbook.createMany({
    data: SCENARIOS.filter((scenario) => newScenarioIds.has(scenario.key)).flatMap((scenario) =>
      scenario.runbookKeys.map((runbookKey, index) => ({
        scenarioId: idOf(newScenarioIds, scenario.key),
        runbookId: idOf(runbookIds, runbookKey),
        position: index + 1,
      })),
    ),
    skipDuplicates: true,
  });
}
