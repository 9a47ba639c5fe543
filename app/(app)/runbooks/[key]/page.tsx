import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RunbookPage } from "@/app/(app)/runbooks/[key]/runbook-page";
import { requireUser } from "@/lib/auth/session";
import { canEditPlan } from "@/lib/plan/ability";
import { getRunbook } from "@/lib/runbooks/data";
import { listServices } from "@/lib/services/data";
import { OfflineAsOf } from "@/components/offline/offline-as-of";

type RunbookRouteProps = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: RunbookRouteProps): Promise<Metadata> {
  const runbook = await getRunbook(await requireUser(), (await params).key);
  return { title: runbook?.title ?? "Runbook not found" };
}

export default async function RunbookRoute({ params }: RunbookRouteProps) {
  const user = await requireUser();
  const runbook = await getRunbook(user, (await params).key);
  if (!runbook) notFound();
  const services = canEditPlan(user.role) ? (await listServices()).map(({ key, name }) => ({ key, name })) : null;
  return (
    <>
      <OfflineAsOf renderedAt={new Date().toISOString()} />
      <RunbookPage runbook={runbook} editableWith={services} />
    </>
  );
}
