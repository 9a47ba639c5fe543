import "server-only";
import { DomainError } from "@/lib/errors";
import { formatMinuteRange } from "@/lib/format";
import type { WindowAnchor } from "@/lib/generated/prisma/enums";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { changedFields, inPlanTransaction, recordPlanChange, type PlanItemValues } from "@/lib/plan/changes";
import { findRunbook, type RunbookPhaseWithSteps, type RunbookWithSteps } from "@/lib/runbooks/data";
import { presentRunbook } from "@/lib/runbooks/present";
import { addPhaseSchema, addStepSchema, updatePhaseSchema, updateRunbookSchema, updateStepSchema } from "@/lib/runbooks/schema";
import type { Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

// Incidents keep the runbooks they were declared under: their checklist items are copies of the
// steps (lib/incidents/mutations.ts, checklistFrom), and a removed step only unlinks them.

/**
 * A change to a runbook: its values before and after in the words of the plan's history (the
 * phase list, a phase's steps, a step's command), and the write that makes it.
 */
type RunbookChange = { before: PlanItemValues; after: PlanItemValues; label?: string; write: () => Promise<unknown> };

type PhaseWindow = { windowStartMinutes: number | null; windowEndMinutes: number | null; windowAnchor: WindowAnchor };
type StepValues = { title: string; details: string[]; command: string | null; service: { id: string; name: string } | null };

const parseRunbookKey = (key: string) => parseId(key, "key", "a runbook's key");

async function loadRunbook(tx: Tx | undefined, key: string, asWritten: string): Promise<RunbookWithSteps> {
  const runbook = await findRunbook(key, tx);
  if (!runbook) throw new DomainError("not_found", `No runbook has the key "${asWritten}".`);
  return runbook;
}

/**
 * Runs a runbook's change in one plan transaction: reads the runbook under the plan's lock, keeps
 * only what changed, writes it and records it as one new plan version. Answers the runbook as it
 * then stands.
 */
async function changeRunbook(user: SignedInUser, key: string, asWritten: string, plan: (tx: Tx, runbook: RunbookWithSteps) => Promise<RunbookChange>) {
  await inPlanTransaction(async (tx) => {
    const runbook = await loadRunbook(tx, key, asWritten);
    const change = await plan(tx, runbook);
    const diff = changedFields(change.before, change.after);
    // Writing values back as they stand changes nothing, and makes no new version.
    if (!diff.changed) return;
    await change.write();
    await recordPlanChange(tx, user, { kind: "runbook", key, label: change.label ?? runbook.title, before: diff.before, after: diff.after });
  });
  return presentRunbook(await loadRunbook(undefined, key, asWritten));
}

function phaseOf(runbook: RunbookWithSteps, phaseKey: string, field?: string): RunbookPhaseWithSteps {
  const phase = runbook.phases.find((candidate) => candidate.key === phaseKey);
  if (phase) return phase;
  if (field) throw new DomainError("invalid", `${field} names no phase of this runbook: "${phaseKey}".`, field);
  throw new DomainError("not_found", `The runbook "${runbook.title}" has no phase with the key "${phaseKey}".`);
}

async function serviceOf(tx: Tx, serviceKey: string) {
  const service = await tx.service.findUnique({ where: { key: serviceKey }, select: { id: true, name: true } });
  if (!service) throw new DomainError("invalid", `serviceKey names no service: "${serviceKey}".`, "serviceKey");
  return service;
}

/** The position asked for, or `fallback`; refused past `count`, saying how many there are. */
function positionWithin(position: number | undefined, fallback: number, count: number, what: string): number {
  if (position === undefined) return fallback;
  if (position > count) throw new DomainError("invalid", `position must be from 1 to ${count}: ${what}.`, "position");
  return position;
}

/** `items` with `item` placed at `position` (1 first), taken out of where it was. */
function placed<Item>(items: readonly Item[], item: Item, position: number): Item[] {
  const rest = items.filter((candidate) => candidate !== item);
  return [...rest.slice(0, position - 1), item, ...rest.slice(position - 1)];
}

function checkWindow({ windowStartMinutes, windowEndMinutes }: PhaseWindow) {
  if (windowStartMinutes !== null && windowEndMinutes !== null && windowEndMinutes < windowStartMinutes) {
    throw new DomainError("invalid", `windowEndMinutes must not be before windowStartMinutes (${windowStartMinutes}).`, "windowEndMinutes");
  }
}

function checkPhaseName(runbook: RunbookWithSteps, name: string, except?: RunbookPhaseWithSteps) {
  if (runbook.phases.some((phase) => phase !== except && phase.name.toLowerCase() === name.toLowerCase())) {
    throw new DomainError("invalid", `name is taken: the runbook already has a phase called "${name}".`, "name");
  }
}

/** A phase's key from its name, unique in its runbook: "Data Validation" → "data-validation". */
function phaseKeyFor(name: string, taken: readonly string[]): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "phase";
  let key = base;
  for (let suffix = 2; taken.includes(key); suffix++) key = `${base}-${suffix}`;
  return key;
}

/** "15–60 min after detection", as the history says it; null without a window. */
function windowText(phase: PhaseWindow): string | null {
  const range = formatMinuteRange(phase.windowStartMinutes, phase.windowEndMinutes);
  return range && `${range} after ${phase.windowAnchor}`;
}

const phaseNames = (phases: readonly { name: string }[]) => phases.map((phase) => phase.name);
const stepsField = (phase: { name: string }) => `${phase.name}: steps`;
const stepTitles = (steps: readonly { title: string }[]) => steps.map((step) => step.title);

/** A step's field as the history names it: `Recovery, "Restore from backup": command`. */
const stepField = (phase: { name: string }, title: string, name: string) => `${phase.name}, "${title}": ${name}`;

function stepFields(phase: { name: string }, title: string, step: StepValues): PlanItemValues {
  const field = (name: string) => stepField(phase, title, name);
  return { [field("title")]: step.title, [field("details")]: step.details, [field("command")]: step.command, [field("service")]: step.service?.name ?? null };
}

async function numberPhases(tx: Tx, phaseIds: readonly string[]) {
  for (const [index, id] of phaseIds.entries()) await tx.runbookPhase.update({ where: { id }, data: { position: index + 1 } });
}

/**
 * Puts each phase's steps in the order given, moving a step between phases where it is listed
 * under a new one. A position is unique within a phase, so every step of these phases first steps
 * aside to its negative position: no two steps ever hold the same position on the way.
 */
async function arrangeSteps(tx: Tx, arrangement: readonly { phaseId: string; stepIds: readonly string[] }[]) {
  await tx.runbookStep.updateMany({ where: { phaseId: { in: arrangement.map(({ phaseId }) => phaseId) } }, data: { position: { multiply: -1 } } });
  for (const { phaseId, stepIds } of arrangement) {
    for (const [index, id] of stepIds.entries()) await tx.runbookStep.update({ where: { id }, data: { phaseId, position: index + 1 } });
  }
}

/** Changes a runbook's title, situation or detection signals (plan admins). */
export async function updateRunbook(user: SignedInUser, runbookKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseRunbookKey(runbookKey);
  const changes = parseInput(updateRunbookSchema, input);
  return changeRunbook(user, key, runbookKey, async (tx, runbook) => {
    const before = { title: runbook.title, situation: runbook.situation, detection: runbook.detection };
    const after = { ...before, ...changes };
    return { before, after, label: after.title, write: () => tx.runbook.update({ where: { id: runbook.id }, data: changes }) };
  });
}

/** Adds a phase to a runbook (plan admins): at the end, or at the position given. */
export async function addPhase(user: SignedInUser, runbookKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseRunbookKey(runbookKey);
  const { name, position, windowStartMinutes = null, windowEndMinutes = null, windowAnchor = "detection" } = parseInput(addPhaseSchema, input);
  return changeRunbook(user, key, runbookKey, async (tx, runbook) => {
    const window = { windowStartMinutes, windowEndMinutes, windowAnchor };
    checkWindow(window);
    checkPhaseName(runbook, name);
    const count = runbook.phases.length + 1;
    const at = positionWithin(position, count, count, `the runbook will have ${count} phases`);
    const names = phaseNames(runbook.phases);
    return {
      before: { phases: names, [`${name}: time window`]: null },
      after: { phases: placed(names, name, at), [`${name}: time window`]: windowText(window) },
      write: async () => {
        const phaseKey = phaseKeyFor(name, runbook.phases.map((phase) => phase.key));
        const created = await tx.runbookPhase.create({ data: { runbookId: runbook.id, key: phaseKey, name, position: at, ...window } });
        await numberPhases(tx, placed(runbook.phases.map((phase) => phase.id), created.id, at));
      },
    };
  });
}

/** Changes a phase's name or time window, or moves it to another position (plan admins). */
export async function updatePhase(user: SignedInUser, runbookKey: string, phaseKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseRunbookKey(runbookKey);
  const phaseKeyParsed = parseId(phaseKey, "phaseKey", "a phase's key");
  const { position, ...changes } = parseInput(updatePhaseSchema, input);
  return changeRunbook(user, key, runbookKey, async (tx, runbook) => {
    const phase = phaseOf(runbook, phaseKeyParsed);
    const { name, windowStartMinutes, windowEndMinutes, windowAnchor } = phase;
    const next = { name, windowStartMinutes, windowEndMinutes, windowAnchor, ...changes };
    checkWindow(next);
    checkPhaseName(runbook, next.name, phase);
    const current = runbook.phases.indexOf(phase) + 1;
    const at = positionWithin(position, current, runbook.phases.length, `the runbook has ${runbook.phases.length} phases`);
    const order = placed(runbook.phases, phase, at);
    const moves = at !== current;
    const field = (what: string) => `${phase.name}: ${what}`;
    return {
      before: { [field("name")]: phase.name, [field("time window")]: windowText(phase), ...(moves && { phases: phaseNames(runbook.phases) }) },
      after: {
        [field("name")]: next.name,
        [field("time window")]: windowText(next),
        ...(moves && { phases: order.map((candidate) => (candidate === phase ? next.name : candidate.name)) }),
      },
      write: async () => {
        await tx.runbookPhase.update({ where: { id: phase.id }, data: changes });
        if (moves) await numberPhases(tx, order.map((candidate) => candidate.id));
      },
    };
  });
}

/** Removes a phase and its steps from a runbook (plan admins); running incidents keep theirs. */
export async function removePhase(user: SignedInUser, runbookKey: string, phaseKey: string) {
  requirePlanAdmin(user);
  const key = parseRunbookKey(runbookKey);
  const phaseKeyParsed = parseId(phaseKey, "phaseKey", "a phase's key");
  return changeRunbook(user, key, runbookKey, async (tx, runbook) => {
    const phase = phaseOf(runbook, phaseKeyParsed);
    const rest = runbook.phases.filter((candidate) => candidate !== phase);
    return {
      before: { phases: phaseNames(runbook.phases), [stepsField(phase)]: stepTitles(phase.steps) },
      after: { phases: phaseNames(rest), [stepsField(phase)]: null },
      write: async () => {
        await tx.runbookPhase.delete({ where: { id: phase.id } });
        await numberPhases(tx, rest.map((candidate) => candidate.id));
      },
    };
  });
}

/** Adds a step to a phase (plan admins): at the phase's end, or at the position given. */
export async function addStep(user: SignedInUser, runbookKey: string, phaseKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseRunbookKey(runbookKey);
  const phaseKeyParsed = parseId(phaseKey, "phaseKey", "a phase's key");
  const { title, details = [], command = null, serviceKey = null, position } = parseInput(addStepSchema, input);
  return changeRunbook(user, key, runbookKey, async (tx, runbook) => {
    const phase = phaseOf(runbook, phaseKeyParsed);
    const service = serviceKey === null ? null : await serviceOf(tx, serviceKey);
    const count = phase.steps.length + 1;
    const at = positionWithin(position, count, count, `the phase will have ${count} steps`);
    const titles = stepTitles(phase.steps);
    const field = (name: string) => stepField(phase, title, name);
    return {
      before: { [stepsField(phase)]: titles },
      after: {
        [stepsField(phase)]: placed(titles, title, at),
        ...(details.length > 0 && { [field("details")]: details }),
        ...(command !== null && { [field("command")]: command }),
        ...(service && { [field("service")]: service.name }),
      },
      write: async () => {
        // At a free position first, then in its place among the others.
        const free = Math.max(0, ...phase.steps.map((step) => step.position)) + 1;
        const created = await tx.runbookStep.create({ data: { phaseId: phase.id, position: free, title, details, command, serviceId: service?.id ?? null } });
        await arrangeSteps(tx, [{ phaseId: phase.id, stepIds: placed(phase.steps.map((step) => step.id), created.id, at) }]);
      },
    };
  });
}

/**
 * Changes a step's title, details, command or service, or moves it: to another position in its
 * phase, or to another phase of the runbook (plan admins). Running incidents keep their checklist.
 */
export async function updateStep(user: SignedInUser, runbookKey: string, stepId: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseRunbookKey(runbookKey);
  const id = parseId(stepId, "id", "a step's id");
  const { phaseKey, position, serviceKey, ...changes } = parseInput(updateStepSchema, input);
  return changeRunbook(user, key, runbookKey, async (tx, runbook) => {
    const from = runbook.phases.find((phase) => phase.steps.some((step) => step.id === id));
    if (!from) throw new DomainError("not_found", `The runbook "${runbook.title}" has no step with the id ${stepId}.`);
    const step = from.steps.find((candidate) => candidate.id === id)!;
    const to = phaseKey === undefined ? from : phaseOf(runbook, phaseKey, "phaseKey");
    const service = serviceKey === undefined ? step.service && { id: step.serviceId!, name: step.service.name } : serviceKey === null ? null : await serviceOf(tx, serviceKey);
    const next: StepValues = { title: step.title, details: step.details, command: step.command, service, ...changes };

    const stays = to === from;
    const others = stays ? from.steps.filter((candidate) => candidate !== step) : to.steps;
    const current = from.steps.indexOf(step) + 1;
    const count = others.length + 1;
    const at = positionWithin(position, stays ? current : count, count, stays ? `the phase has ${count} steps` : `the phase will have ${count} steps`);
    const order = placed(others, step, at);
    const moves = !stays || at !== current;
    const titlesOf = (steps: typeof order, title: string) => steps.map((candidate) => (candidate === step ? title : candidate.title));
    const lists = (title: string, arranged: boolean): PlanItemValues => {
      if (!moves) return {};
      if (stays) return { [stepsField(from)]: titlesOf(arranged ? order : from.steps, title) };
      return {
        [stepsField(from)]: stepTitles(arranged ? from.steps.filter((candidate) => candidate !== step) : from.steps),
        [stepsField(to)]: arranged ? titlesOf(order, title) : stepTitles(to.steps),
      };
    };
    const was: StepValues = { title: step.title, details: step.details, command: step.command, service: step.service && { id: step.serviceId!, name: step.service.name } };
    return {
      before: { ...stepFields(from, step.title, was), ...lists(step.title, false) },
      after: { ...stepFields(from, step.title, next), ...lists(next.title, true) },
      write: async () => {
        await tx.runbookStep.update({ where: { id }, data: { ...changes, serviceId: service?.id ?? null } });
        if (!moves) return;
        const ids = (steps: readonly { id: string }[]) => steps.map((candidate) => candidate.id);
        await arrangeSteps(
          tx,
          stays ? [{ phaseId: from.id, stepIds: ids(order) }] : [{ phaseId: from.id, stepIds: ids(from.steps.filter((candidate) => candidate !== step)) }, { phaseId: to.id, stepIds: ids(order) }],
        );
      },
    };
  });
}

/** Removes a step from its phase (plan admins); running incidents keep their checklist item. */
export async function removeStep(user: SignedInUser, runbookKey: string, stepId: string) {
  requirePlanAdmin(user);
  const key = parseRunbookKey(runbookKey);
  const id = parseId(stepId, "id", "a step's id");
  return changeRunbook(user, key, runbookKey, async (tx, runbook) => {
    const phase = runbook.phases.find((candidate) => candidate.steps.some((step) => step.id === id));
    if (!phase) throw new DomainError("not_found", `The runbook "${runbook.title}" has no step with the id ${stepId}.`);
    const rest = phase.steps.filter((step) => step.id !== id);
    return {
      before: { [stepsField(phase)]: stepTitles(phase.steps) },
      after: { [stepsField(phase)]: stepTitles(rest) },
      write: async () => {
        await tx.runbookStep.delete({ where: { id } });
        await arrangeSteps(tx, [{ phaseId: phase.id, stepIds: rest.map((step) => step.id) }]);
      },
    };
  });
}
