import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/app/(app)/incidents/[id]/review/components/print-button";
import { QuickReference } from "@/components/break-glass/quick-reference";
import { SeverityBadge } from "@/components/severity-badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { scenarioRunbooks } from "@/lib/break-glass/data";
import { readPlanModel } from "@/lib/plan/code/model";

export const metadata: Metadata = { title: "Quick reference checklists" };

/** Appendix B: every scenario's checklist; printed, each starts a new page. */
export default async function QuickReferenceListRoute() {
  await requireUser();
  const plan = await readPlanModel();
  const stamp = { version: plan.document.version, madeAt: new Date() };
  return (
    <div>
      <div className="print:hidden">
        <PageHeader
          title="Quick reference checklists"
          description="One page per scenario: its runbooks' steps in order, with their scripts and a box to tick on paper. Print one, or all of them."
          actions={<PrintButton />}
        />
        <ul className="mb-12 divide-y divide-line rounded-xl border border-line bg-surface">
          {plan.scenarios.map((scenario) => (
            <li key={scenario.key} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <Link href={`/plan/quick-reference/${scenario.key}`} className="font-medium text-ink underline decoration-line-strong underline-offset-4 hover:decoration-accent">
                {scenario.name}
              </Link>
              <SeverityBadge severity={scenario.tier} />
            </li>
          ))}
        </ul>
      </div>
      <div className="hidden space-y-10 print:block">
        {plan.scenarios.map((scenario) => {
          const reference = scenarioRunbooks(plan, scenario.key)!;
          return (
            <div key={scenario.key} className="break-before-page first:break-before-auto">
              <QuickReference scenario={scenario} tier={reference.tier} runbooks={reference.runbooks} stamp={stamp} level={2} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
