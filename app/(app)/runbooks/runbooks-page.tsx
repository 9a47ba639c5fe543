import { PlanLastChange } from "@/app/(app)/components/plan-last-change";
import { RecoveryScripts } from "@/app/(app)/runbooks/components/recovery-scripts";
import { RunbookCard } from "@/app/(app)/runbooks/components/runbook-card";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import type { RecoveryScriptRecord, RunbookSummary } from "@/lib/runbooks/data";
import { RUNBOOK_KINDS } from "@/lib/runbooks/kinds";

type RunbooksPageProps = { runbooks: RunbookSummary[]; scripts: RecoveryScriptRecord[] };

export function RunbooksPage({ runbooks, scripts }: RunbooksPageProps) {
  const groups = RUNBOOK_KINDS.map((kind) => ({ ...kind, runbooks: runbooks.filter((runbook) => runbook.kind === kind.kind) }))
    .filter((group) => group.runbooks.length > 0);
  return (
    <div className="space-y-12">
      <PageHeader
        title="Runbooks"
        footnote={<PlanLastChange page="runbooks" />}
        description="Step by step, phase by phase: what to do, in which time window, with the plan's scripts."
      />
      {groups.map((group) => (
        <Section key={group.kind} id={group.kind.replaceAll("_", "-")} title={group.label} description={group.description}>
          <ul className="grid gap-4 md:grid-cols-2">
            {group.runbooks.map((runbook) => (
              <RunbookCard key={runbook.key} runbook={runbook} />
            ))}
          </ul>
        </Section>
      ))}
      <RecoveryScripts scripts={scripts} />
    </div>
  );
}
