import { authenticate } from "@/lib/auth/session";
import { handle } from "@/lib/http/route";
import { listRecoveryTiers } from "@/lib/scenarios/data";

/** The plan's scenarios with their tier's objectives and the runbooks a declaration brings in. */
export const GET = handle(async () => {
  await authenticate();
  const tiers = await listRecoveryTiers();
  return Response.json(
    tiers.flatMap((tier) =>
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
    ),
  );
});
