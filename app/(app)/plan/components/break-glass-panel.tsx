import Link from "next/link";
import { ApprovePlanForm } from "@/app/(app)/plan/components/approve-plan-form";
import { DocumentControl } from "@/components/break-glass/document-control";
import { stampTime } from "@/components/break-glass/plan-stamp-line";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button-classes";
import { staleBundleWords } from "@/lib/break-glass/freshness";
import type { PlanDocument } from "@/lib/generated/prisma/client";
import type { PlanApprovalRecord } from "@/lib/plan/approvals/data";

type BreakGlassPanelProps = {
  document: Pick<PlanDocument, "version" | "distribution" | "bundleVersion" | "bundleMadeAt">;
  approvals: PlanApprovalRecord[];
  /** Plan admins approve the plan and make the break-glass bundle. */
  canEdit: boolean;
};

/** Who approved the plan, who receives it, and the copies of it that work without Muster. */
export function BreakGlassPanel({ document, approvals, canEdit }: BreakGlassPanelProps) {
  const stale = staleBundleWords(document);
  return (
    <div className="space-y-6">
      <div className="rounded-xl border border-line bg-surface p-4">
        <DocumentControl version={document.version} approvals={approvals} distribution={document.distribution} />
        {canEdit && <ApprovePlanForm version={document.version} />}
      </div>
      <div className="space-y-3 rounded-xl border border-line bg-surface p-4 text-sm">
        <h3 className="font-semibold text-ink">Break-glass copies</h3>
        <p className="text-ink-muted">For when Muster itself is down: wallet cards, a checklist per scenario, and a bundle of static files for a USB stick or a shared drive.</p>
        {canEdit && (
          <p className="flex flex-wrap items-center gap-2 text-ink" data-bundle-state>
            {stale && <Badge tone="major">Out of date</Badge>}
            {stale ??
              (document.bundleVersion && document.bundleMadeAt
                ? `The break-glass bundle holds the plan in force (v${document.bundleVersion}, made ${stampTime(document.bundleMadeAt)}).`
                : "No break-glass bundle has been made yet.")}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Link href="/plan/cards" className={buttonClasses("secondary")}>
            Contact cards
          </Link>
          <Link href="/plan/quick-reference" className={buttonClasses("secondary")}>
            Quick reference checklists
          </Link>
          {canEdit && (
            <a href="/api/plan/bundle" download className={buttonClasses("primary")}>
              Download break-glass bundle
            </a>
          )}
        </div>
      </div>
    </div>
  );
}
