import { ChangeCard } from "@/app/(app)/plan/history/components/change-card";
import { CompareForm } from "@/app/(app)/plan/history/components/compare-form";
import { MarkMajorVersionForm } from "@/app/(app)/plan/history/components/mark-major-version-form";
import { PlanDiffView } from "@/app/(app)/plan/history/components/plan-diff-view";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import type { PlanChangeRecord } from "@/lib/plan/changes";
import type { PlanDiff } from "@/lib/plan/versions";

type HistoryPageProps = {
  changes: PlanChangeRecord[];
  /** Every version the plan has had, newest first. */
  versions: string[];
  selected: { a: string | null; b: string | null };
  comparison: { diff: PlanDiff } | { error: string } | null;
  canMarkMajor: boolean;
};

/** The plan's document control: every version newest first, and any two compared item by item. */
export function HistoryPage({ changes, versions, selected, comparison, canMarkMajor }: HistoryPageProps) {
  return (
    <div className="space-y-12">
      <PageHeader
        eyebrow={<Breadcrumbs trail={[{ label: "Plan document", href: "/plan" }, { label: "History" }]} />}
        title="Plan history"
        description="Every change to the plan, who made it and when, with its values before and after. The record is append-only."
        footnote={`The plan is at version ${versions[0]}.`}
      />
      <Section id="compare" title="Compare two versions" description="What changed between them, item by item.">
        <div className="space-y-6">
          <CompareForm versions={versions} a={selected.a ?? versions[1] ?? versions[0]} b={selected.b ?? versions[0]} />
          {comparison && ("error" in comparison ? <p role="alert" className="text-sm text-critical">{comparison.error}</p> : <PlanDiffView diff={comparison.diff} />)}
        </div>
      </Section>
      <Section id="versions" title="Versions" description="Newest first.">
        {changes.length ? (
          <ol className="space-y-3">
            {changes.map((change, index) => (
              <li key={change.id}>
                <ChangeCard change={change} previousVersion={changes[index + 1]?.version ?? versions.at(-1)!} />
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState>No change yet: the plan is as it was loaded, at version {versions[0]}.</EmptyState>
        )}
      </Section>
      {canMarkMajor && (
        <Section
          id="major-version"
          title="Mark a major version"
          description={`Moves the plan from ${versions[0]} to the next major version, with a note saying why: an approval, a yearly review.`}
        >
          <MarkMajorVersionForm />
        </Section>
      )}
    </div>
  );
}
