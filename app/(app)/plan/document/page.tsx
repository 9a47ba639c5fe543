import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/app/(app)/incidents/[id]/review/components/print-button";
import { MarkdownDocument } from "@/app/(app)/plan/document/components/markdown-document";
import { buttonClasses } from "@/components/ui/button-classes";
import { requireUser } from "@/lib/auth/session";
import { canEditPlan } from "@/lib/plan/ability";
import { listPlanApprovals } from "@/lib/plan/approvals/data";
import { DocumentControl } from "@/components/break-glass/document-control";
import { readPlanModel } from "@/lib/plan/code/model";
import { planMarkdown } from "@/lib/plan/document/markdown";

export const metadata: Metadata = { title: "The plan as a document" };

/** The whole plan as one readable document, to read, print or download as Markdown. */
export default async function PlanDocumentRoute() {
  const user = await requireUser();
  const [plan, approvals] = await Promise.all([readPlanModel(), listPlanApprovals(user)]);
  return (
    <article>
      <header className="mb-10 space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-ink sm:text-3xl">{plan.document.title}</h1>
        <p className="text-sm text-ink-muted">
          Version {plan.document.version} · {plan.document.owner}
        </p>
        <div className="flex flex-wrap gap-2 pt-1 print:hidden">
          {canEditPlan(user.role) && (
            <a href="/api/plan/export?format=markdown" download className={buttonClasses("secondary")}>
              Download Markdown
            </a>
          )}
          <PrintButton />
          <Link href="/plan/cards" className={buttonClasses("quiet")}>
            Contact cards
          </Link>
          <Link href="/plan/quick-reference" className={buttonClasses("quiet")}>
            Quick reference
          </Link>
          <Link href="/plan" className={buttonClasses("quiet")}>
            Plan overview
          </Link>
        </div>
        <div className="rounded-xl border border-line bg-surface p-4">
          <DocumentControl version={plan.document.version} approvals={approvals} distribution={plan.document.distribution} headingLevel={2} />
        </div>
      </header>
      <MarkdownDocument markdown={planMarkdown(plan)} />
    </article>
  );
}
