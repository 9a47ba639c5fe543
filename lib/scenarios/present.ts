// What GET /api/scenarios answers: each scenario flattened with its tier's objectives.
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
