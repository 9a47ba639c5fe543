import "server-only";
import { DomainError } from "@/lib/errors";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { changedFields, inPlanTransaction, recordPlanChange } from "@/lib/plan/changes";
import { listRecoveryTiers } from "@/lib/scenarios/data";
import { presentRecoveryTier, presentScenarios } from "@/lib/scenarios/present";
import { updateRecoveryTierSchema, updateScenarioSchema } from "@/lib/scenarios/schema";
import { Severity } from "@/lib/generated/prisma/enums";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

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

    const runbookIds = new Map<string, string>();
    if (changes.runbooks) {
      const found = await tx.runbook.findMany({ where: { key: { in: changes.runbooks } }, select: { id: true, key: true } });
      for (const runbook of found) runbookIds.set(runbook.key, runbook.id);
      changes.runbooks.forEach((runbook, index) => {
        if (!runbookIds.has(runbook)) throw new DomainError("invalid", `runbooks.${index} names no runbook: "${runbook}".`, `runbooks.${index}`);
      });
    }

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

  const presented = presentScenarios(await listRecoveryTiers(user)).find((candidate) => candidate.key === key);
  if (!presented) throw new DomainError("not_found", `No scenario has the key "${scenarioKey}".`);
  return presented;
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
