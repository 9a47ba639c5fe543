import "server-only";
import { DomainError } from "@/lib/errors";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { changedFields, inPlanTransaction, recordPlanChange } from "@/lib/plan/changes";
import { keyFromName } from "@/lib/plan/keys";
import { isActive } from "@/lib/incidents/state-machine";
import type { Tx } from "@/lib/timeline/mutations";
import { listRecoveryTiers } from "@/lib/scenarios/data";
import { presentRecoveryTier, presentScenarios } from "@/lib/scenarios/present";
import { createScenarioSchema, updateRecoveryTierSchema, updateScenarioSchema } from "@/lib/scenarios/schema";
import { Severity } from "@/lib/generated/prisma/enums";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

/** The ids of the runbooks named, each of which must exist. */
async function runbookIdsOf(tx: Tx, runbooks: readonly string[]) {
  const found = new Map((await tx.runbook.findMany({ where: { key: { in: [...runbooks] } }, select: { id: true, key: true } })).map((runbook) => [runbook.key, runbook.id]));
  runbooks.forEach((runbook, index) => {
    if (!found.has(runbook)) throw new DomainError("invalid", `runbooks.${index} names no runbook: "${runbook}".`, `runbooks.${index}`);
  });
  return found;
}

async function presentedScenario(user: SignedInUser, key: string) {
  const presented = presentScenarios(await listRecoveryTiers(user)).find((candidate) => candidate.key === key);
  if (!presented) throw new DomainError("not_found", `No scenario has the key "${key}".`);
  return presented;
}

/** Adds a scenario at the end of the plan's list (admins), with its tier, examples and the runbooks it brings in. */
export async function addScenario(user: SignedInUser, input: unknown) {
  requirePlanAdmin(user);
  const { key: givenKey, ...fields } = parseInput(createScenarioSchema, input);
  const examples = [...new Set(fields.examples ?? [])];
  const runbooks = [...new Set(fields.runbooks ?? [])];
  const key = await inPlanTransaction(async (tx) => {
    const existing = await tx.scenario.findMany({ select: { key: true, name: true, position: true } });
    const same = givenKey && existing.find((candidate) => candidate.key === givenKey);
    if (same) throw new DomainError("conflict", `The plan already holds the scenario ${same.name} with the key "${givenKey}".`, "key");
    const key = givenKey ?? keyFromName(fields.name, new Set(existing.map((candidate) => candidate.key)));
    const runbookIds = await runbookIdsOf(tx, runbooks);
    const position = Math.max(0, ...existing.map((candidate) => candidate.position)) + 1;
    const created = await tx.scenario.create({ data: { key, name: fields.name, severity: fields.severity, examples, position } });
    await tx.scenarioRunbook.createMany({ data: runbooks.map((runbook, index) => ({ scenarioId: created.id, runbookId: runbookIds.get(runbook)!, position: index + 1 })) });
    await recordPlanChange(tx, user, { kind: "scenario", key, label: fields.name, before: {}, after: { name: fields.name, severity: fields.severity, examples, runbooks } });
    return key;
  });
  return presentedScenario(user, key);
}

/** Removes a scenario from the plan (admins), refused while an incident was declared from it or a recovery test rehearses it. */
export async function removeScenario(user: SignedInUser, scenarioKey: string) {
  requirePlanAdmin(user);
  const key = parseId(scenarioKey, "key", "a scenario's key");
  await inPlanTransaction(async (tx) => {
    const scenario = await tx.scenario.findUnique({
      where: { key },
      include: {
        runbooks: { orderBy: { position: "asc" }, select: { runbook: { select: { key: true } } } },
        incidents: { orderBy: { number: "asc" }, select: { number: true, title: true, state: true } },
        drills: { select: { testType: true }, take: 1 },
      },
    });
    if (!scenario) throw new DomainError("not_found", `No scenario has the key "${scenarioKey}".`);
    const refused = (why: string) => new DomainError("conflict", `${scenario.name} cannot be removed from the plan: ${why}`);
    const running = scenario.incidents.find((incident) => isActive(incident.state));
    if (running) throw refused(`the running incident #${running.number} "${running.title}" was declared from it.`);
    const recorded = scenario.incidents[0];
    if (recorded) throw refused(`the record of incident #${recorded.number} "${recorded.title}" names it.`);
    if (scenario.drills[0]) throw refused(`the recovery test ${scenario.drills[0].testType} rehearses it: give that test another scenario first.`);
    await tx.scenario.delete({ where: { id: scenario.id } });
    const before = { name: scenario.name, severity: scenario.severity, examples: scenario.examples, runbooks: scenario.runbooks.map(({ runbook }) => runbook.key) };
    await recordPlanChange(tx, user, { kind: "scenario", key, label: scenario.name, before, after: {} });
  });
}

/**
 * Changes a scenario of the plan (admins): its name, its tier, its examples and the runbooks a
 * declaration of it brings in. Incidents already declared keep the checklist and severity they
 * were declared with; the change applies to incidents declared after it.
 */
export async function updateScenario(user: SignedInUser, scenarioKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseId(scenarioKey, "key", "a scenario's key");
  const changes = parseInput(updateScenarioSchema, input);

  await inPlanTransaction(async (tx) => {
    const scenario = await tx.scenario.findUnique({
      where: { key },
      include: { runbooks: { orderBy: { position: "asc" }, select: { runbook: { select: { key: true } } } } },
    });
    if (!scenario) throw new DomainError("not_found", `No scenario has the key "${scenarioKey}".`);

    const runbookIds = changes.runbooks ? await runbookIdsOf(tx, changes.runbooks) : new Map<string, string>();

    const before = { name: scenario.name, severity: scenario.severity, examples: scenario.examples, runbooks: scenario.runbooks.map(({ runbook }) => runbook.key) };
    const after = {
      ...before,
      ...changes,
      // A line or a runbook given twice is the same one.
      ...(changes.examples && { examples: [...new Set(changes.examples)] }),
      ...(changes.runbooks && { runbooks: [...new Set(changes.runbooks)] }),
    };
    const diff = changedFields(before, after);
    // Writing a scenario's values back as they stand changes nothing, and makes no new version.
    if (!diff.changed) return;

    await tx.scenario.update({ where: { id: scenario.id }, data: { name: after.name, severity: after.severity, examples: after.examples } });
    if ("runbooks" in diff.after) {
      await tx.scenarioRunbook.deleteMany({ where: { scenarioId: scenario.id } });
      await tx.scenarioRunbook.createMany({
        data: after.runbooks.map((runbook, index) => ({ scenarioId: scenario.id, runbookId: runbookIds.get(runbook)!, position: index + 1 })),
      });
    }
    await recordPlanChange(tx, user, { kind: "scenario", key, label: after.name, ...diff });
  });

  return presentedScenario(user, key);
}

const SEVERITIES = Object.values(Severity);

/**
 * Changes a recovery tier (admins): its name, its RTO range, its RPO and how often a status update
 * is due at its severity. The RTO range runs from rtoMinMinutes to no less than it.
 */
export async function updateRecoveryTier(user: SignedInUser, tierSeverity: string, input: unknown) {
  requirePlanAdmin(user);
  const severity = parseId(tierSeverity, "severity", "a tier's severity");
  const changes = parseInput(updateRecoveryTierSchema, input);
  if (!SEVERITIES.includes(severity as Severity)) {
    throw new DomainError("not_found", `No recovery tier has the severity "${tierSeverity}": the tiers are ${SEVERITIES.join(", ")}.`);
  }

  return inPlanTransaction(async (tx) => {
    const tier = await tx.recoveryTier.findUniqueOrThrow({ where: { severity: severity as Severity } });
    const before = presentRecoveryTier(tier);
    const after = { ...before, ...changes };
    if (after.rtoMinMinutes > after.rtoMaxMinutes) {
      throw "rtoMaxMinutes" in changes
        ? new DomainError("invalid", `rtoMaxMinutes must be at least the start of the RTO range, ${after.rtoMinMinutes} minutes.`, "rtoMaxMinutes")
        : new DomainError("invalid", `rtoMinMinutes must be at most the end of the RTO range, ${after.rtoMaxMinutes} minutes.`, "rtoMinMinutes");
    }
    const diff = changedFields(before, after);
    // Writing a tier's values back as they stand changes nothing, and makes no new version.
    if (!diff.changed) return before;

    const { name, rtoMinMinutes, rtoMaxMinutes, rpoMinutes, statusUpdateIntervalMinutes } = after;
    const updated = await tx.recoveryTier.update({
      where: { severity: tier.severity },
      data: { name, rtoMinMinutes, rtoMaxMinutes, rpoMinutes, statusUpdateIntervalMinutes },
    });
    await recordPlanChange(tx, user, { kind: "recovery-tier", key: tier.severity, label: after.name, ...diff });
    return presentRecoveryTier(updated);
  });
}
