import Link from "next/link";
import { RunbookContext } from "@/app/(app)/runbooks/[key]/components/runbook-context";
import { RunbookPhase } from "@/app/(app)/runbooks/[key]/components/runbook-phase";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import type { RunbookWithSteps } from "@/lib/runbooks/data";
import { runbookKindLabel } from "@/lib/runbooks/kinds";

export function RunbookPage({ runbook }: { runbook: RunbookWithSteps }) {
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
      <div className="space-y-6">
        {runbook.phases.map((phase) => (
          <RunbookPhase key={phase.id} phase={phase} />
        ))}
      </div>
    </div>
  );
}
