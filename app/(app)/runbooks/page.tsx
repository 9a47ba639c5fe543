import type { Metadata } from "next";
import { RunbooksPage } from "@/app/(app)/runbooks/runbooks-page";
import { listRecoveryScripts, listRunbooks } from "@/lib/runbooks/data";
import { requireUser } from "@/lib/auth/session";
import { OfflineAsOf } from "@/components/offline/offline-as-of";

export const metadata: Metadata = { title: "Runbooks" };

export default async function RunbooksRoute() {
  const user = await requireUser();
  const [runbooks, scripts] = await Promise.all([listRunbooks(user), listRecoveryScripts(user)]);
  return (
    <>
      <OfflineAsOf renderedAt={new Date().toISOString()} />
      <RunbooksPage runbooks={runbooks} scripts={scripts} />
    </>
  );
}
