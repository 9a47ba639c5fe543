import Link from "next/link";
import { RunbookContext } from "@/app/(app)/runbooks/[key]/components/runbook-context";
import { RunbookEditor } from "@/app/(app)/runbooks/[key]/components/runbook-editor";
import { RunbookPhase } from "@/app/(app)/runbooks/[key]/components/runbook-phase";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import type { RunbookWithSteps } from "@/lib/runbooks/data";
import { runbookKindLabel } from "@/lib/runbooks/kinds";

type RunbookPageProps = {
  runbook: RunbookWithSteps;
  /** For a plan admin, the services a step can bring back: the page then edits the runbook. */
  editableWith: { key: string; name: string }[] | null;
};

/** A runbook's phases and steps; for a plan admin, each with its edit form and reorder buttons. */
export function RunbookPage({ runbook, editableWith }: RunbookPageProps) {
  return (
    <div className="space-y-10">
      <PageHeader
        eyebrow={
          <span className="flex flex-wrap items-center gap-2">
            <Link href="/runbooks" className="text-accent hover:underline">
              Runbooks
            </Link>
            <span aria-hidden="true">/</span>
            <Badge>{runbookKindLabel(runbook.kind)}</Badge>
          </span>
        }
        title={runbook.title}
        description={runbook.situation && <p>Scenario: {runbook.situation}</p>}
      />
      <RunbookContext runbook={runbook} />
      {editableWith ? (
        <RunbookEditor runbook={runbook} services={editableWith} />
      ) : (
        <div className="space-y-6">
          {runbook.phases.map((phase) => (
            <RunbookPhase key={phase.id} phase={phase} />
          ))}
        </div>
      )}
    </div>
  );
}
