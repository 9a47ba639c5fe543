import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/app/(app)/incidents/[id]/review/components/print-button";
import { QuickReference } from "@/components/break-glass/quick-reference";
import { buttonClasses } from "@/components/ui/button-classes";
import { requireUser } from "@/lib/auth/session";
import { scenarioRunbooks } from "@/lib/break-glass/data";
import { readPlanModel } from "@/lib/plan/code/model";

export const metadata: Metadata = { title: "Quick reference checklist" };

/** One scenario's checklist, to print and tick on paper. */
export default async function QuickReferenceRoute({ params }: { params: Promise<{ key: string }> }) {
  await requireUser();
  const { key } = await params;
  const plan = await readPlanModel();
  const reference = scenarioRunbooks(plan, key);
  if (!reference) notFound();
  return (
    <div>
      <div className="mb-6 flex flex-wrap gap-2 print:hidden">
        <PrintButton />
        <Link href="/plan/quick-reference" className={buttonClasses("quiet")}>
          Every scenario
        </Link>
      </div>
      <QuickReference scenario={reference.scenario} tier={reference.tier} runbooks={reference.runbooks} stamp={{ version: plan.document.version, madeAt: new Date() }} />
    </div>
  );
}
