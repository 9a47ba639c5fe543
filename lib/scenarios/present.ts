// What GET /api/scenarios and PATCH /api/scenarios/{key} answer: each scenario flattened with its tier's objectives.
import { z } from "zod";
import type { RecoveryTierWithScenarios } from "@/lib/scenarios/data";

export const scenarioSchema = z.object({
  key: z.string(),
  name: z.string(),
  severity: z.enum(["critical", "major", "minor"]),
  rtoMinMinutes: z.int(),
  rtoMaxMinutes: z.int(),
  rpoMinutes: z.int(),
  examples: z.array(z.string()),
  /** Keys of the runbooks a declaration of this scenario brings in. */
  runbooks: z.array(z.string()),
});
export const scenarioListSchema = z.array(scenarioSchema);
export type ScenarioView = z.infer<typeof scenarioSchema>;

export function presentScenarios(tiers: readonly RecoveryTierWithScenarios[]): ScenarioView[] {
  return tiers.flatMap((tier) =>
    tier.scenarios.map((scenario) => ({
      key: scenario.key,
      name: scenario.name,
      severity: tier.severity,
      rtoMinMinutes: tier.rtoMinMinutes,
      rtoMaxMinutes: tier.rtoMaxMinutes,
      rpoMinutes: tier.rpoMinutes,
      examples: scenario.examples,
      runbooks: scenario.runbooks.map(({ runbook }) => runbook.key),
    })),
  );
}

// What GET /api/recovery-tiers and PATCH /api/recovery-tiers/{severity} answer: a tier's objectives.
export const recoveryTierSchema = z.object({
  severity: z.enum(["critical", "major", "minor"]),
  name: z.string(),
  rtoMinMinutes: z.int(),
  rtoMaxMinutes: z.int(),
  rpoMinutes: z.int(),
  /** How often the commander posts a status update at this severity. */
  statusUpdateIntervalMinutes: z.int(),
});
export const recoveryTierListSchema = z.array(recoveryTierSchema);
type RecoveryTierView = z.infer<typeof recoveryTierSchema>;

export function presentRecoveryTier(tier: RecoveryTierView): RecoveryTierView {
  const { severity, name, rtoMinMinutes, rtoMaxMinutes, rpoMinutes, statusUpdateIntervalMinutes } = tier;
  return { severity, name, rtoMinMinutes, rtoMaxMinutes, rpoMinutes, statusUpdateIntervalMinutes };
}

export function presentRecoveryTiers(tiers: readonly RecoveryTierView[]): RecoveryTierView[] {
  return tiers.map(presentRecoveryTier);
}
