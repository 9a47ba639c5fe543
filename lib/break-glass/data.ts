import "server-only";
import { appUrl } from "@/lib/app-url";
import type { BreakGlassInputs } from "@/lib/break-glass/types";
import { db } from "@/lib/db";
import { readPlanApprovals } from "@/lib/plan/approvals/data";
import { readPlanModel } from "@/lib/plan/code/model";
import type { Tx } from "@/lib/timeline/mutations";

/** The public status page's address, as customers are told it. */
export function publicStatusAddress(): string {
  return appUrl("/status/public").href;
}

/** The plan, its approvals and the status page's address; in the caller's transaction when it gives one. */
export async function readBreakGlassInputs(client: Tx = db()): Promise<BreakGlassInputs> {
  // One after the other: a transaction's connection takes one query at a time.
  const plan = await readPlanModel(client);
  return { plan, approvals: await readPlanApprovals(client), statusAddress: publicStatusAddress() };
}

/** The scenario's runbooks, in the order its declaration brings them. */
export function scenarioRunbooks(plan: BreakGlassInputs["plan"], scenarioKey: string) {
  const scenario = plan.scenarios.find((item) => item.key === scenarioKey);
  if (!scenario) return null;
  const runbooks = scenario.runbooks.flatMap((key) => plan.runbooks.filter((runbook) => runbook.key === key));
  return { scenario, tier: plan.recoveryTiers.find((tier) => tier.severity === scenario.tier), runbooks };
}
