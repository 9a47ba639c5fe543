import type { Metadata } from "next";
import { RunbooksPage } from "@/app/(app)/runbooks/runbooks-page";
import { listRecoveryScripts, listRunbooks } from "@/lib/runbooks/data";

export const metadata: Metadata = { title: "Runbooks" };

export default async function RunbooksRoute() {
  const [runbooks, scripts] = await Promise.all([listRunbooks(), listRecoveryScripts()]);
  return <RunbooksPage runbooks={runbooks} scripts={scripts} />;
}
