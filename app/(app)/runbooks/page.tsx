import type { Metadata } from "next";
import { RunbooksPage } from "@/app/(app)/runbooks/runbooks-page";
import { listRecoveryScripts, listRunbooks } from "@/lib/runbooks/data";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Runbooks" };

export default async function RunbooksRoute() {
  const user = await requireUser();
  const [runbooks, scripts] = await Promise.all([listRunbooks(user), listRecoveryScripts(user)]);
  return <RunbooksPage runbooks={runbooks} scripts={scripts} />;
}
