import type { Metadata } from "next";
import type { ScenarioOption, ServiceOption } from "@/app/(app)/incidents/new/components/declare-options";
import { DeclarePage } from "@/app/(app)/incidents/new/declare-page";
import { requireUser } from "@/lib/auth/session";
import type { SignedInUser } from "@/lib/users/data";
import { canDeclareIncident } from "@/lib/incidents/ability";
import { listRecoveryTiers } from "@/lib/scenarios/data";
import { listServices } from "@/lib/services/data";
import { recoveryObjectives } from "@/lib/services/recovery-order";

export const metadata: Metadata = { title: "Declare an incident" };

async function loadOptions(user: SignedInUser): Promise<{ scenarios: ScenarioOption[]; services: ServiceOption[] }> {
  const [tiers, catalogue] = await Promise.all([listRecoveryTiers(user), listServices()]);
  const objectives = recoveryObjectives(catalogue);
  return {
    scenarios: tiers.flatMap((tier) =>
      tier.scenarios.map((scenario) => ({
        key: scenario.key,
        name: scenario.name,
        tierName: tier.name,
        severity: tier.severity,
        rtoMinMinutes: tier.rtoMinMinutes,
        rtoMaxMinutes: tier.rtoMaxMinutes,
        rpoMinutes: tier.rpoMinutes,
        examples: scenario.examples,
        runbooks: scenario.runbooks.map(({ runbook }) => runbook.title),
      })),
    ),
    services: catalogue.map((service) => {
      const objective = objectives.get(service.key);
      return {
        key: service.key,
        name: service.name,
        priority: objective?.priority ?? null,
        rtoMinutes: objective?.rtoMinutes ?? null,
        rpoMinutes: objective?.rpoMinutes ?? null,
      };
    }),
  };
}

export default async function DeclareIncidentRoute() {
  const user = await requireUser();
  if (!canDeclareIncident(user.role)) return <DeclarePage options={null} />;
  return <DeclarePage options={await loadOptions(user)} />;
}
