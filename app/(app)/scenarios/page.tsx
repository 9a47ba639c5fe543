import type { Metadata } from "next";
import { ScenariosPage } from "@/app/(app)/scenarios/scenarios-page";
import { listDataRecoveryPoints, listRecoveryTiers } from "@/lib/scenarios/data";
import { requireUser } from "@/lib/auth/session";
import { canEditPlan } from "@/lib/plan/ability";
import { listRunbooks } from "@/lib/runbooks/data";

export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosRoute() {
  const user = await requireUser();
  const [tiers, dataRecoveryPoints, runbooks] = await Promise.all([listRecoveryTiers(user), listDataRecoveryPoints(user), listRunbooks(user)]);
  // Every incident works the incident response process already: a scenario brings in the rest.
  const editing = canEditPlan(user.role)
    ? {
        tiers: tiers.map(({ severity, name }) => ({ severity, name })),
        runbooks: runbooks.filter((runbook) => runbook.kind !== "incident_process").map((runbook) => ({ value: runbook.key, label: runbook.title })),
      }
    : null;
  return <ScenariosPage tiers={tiers} dataRecoveryPoints={dataRecoveryPoints} editing={editing} />;
}
