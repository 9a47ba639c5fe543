import type { Metadata } from "next";
import { ScenariosPage } from "@/app/(app)/scenarios/scenarios-page";
import { listDataRecoveryPoints, listRecoveryTiers } from "@/lib/scenarios/data";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosRoute() {
  const user = await requireUser();
  const [tiers, dataRecoveryPoints] = await Promise.all([listRecoveryTiers(user), listDataRecoveryPoints(user)]);
  return <ScenariosPage tiers={tiers} dataRecoveryPoints={dataRecoveryPoints} />;
}
