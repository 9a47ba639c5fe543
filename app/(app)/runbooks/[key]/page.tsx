import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RunbookPage } from "@/app/(app)/runbooks/[key]/runbook-page";
import { requireUser } from "@/lib/auth/session";
import { getRunbook } from "@/lib/runbooks/data";

type RunbookRouteProps = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: RunbookRouteProps): Promise<Metadata> {
  const runbook = await getRunbook(await requireUser(), (await params).key);
  return { title: runbook?.title ?? "Runbook not found" };
}

export default async function RunbookRoute({ params }: RunbookRouteProps) {
  const runbook = await getRunbook(await requireUser(), (await params).key);
  if (!runbook) notFound();
  return <RunbookPage runbook={runbook} />;
}
