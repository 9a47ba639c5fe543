import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { formatCount } from "@/lib/format";
import type { RunbookSummary } from "@/lib/runbooks/data";

export function RunbookCard({ runbook }: { runbook: RunbookSummary }) {
  return (
    <li className="group relative flex flex-col rounded-xl border border-line bg-surface p-5 transition-colors hover:border-line-strong">
      <h3 className="flex items-start justify-between gap-2 font-semibold text-ink">
        <Link href={`/runbooks/${runbook.key}`} className="after:absolute after:inset-0 after:rounded-xl">
          {runbook.title}
        </Link>
        <Icon name="chevron-right" className="mt-0.5 size-4 text-ink-muted transition-transform group-hover:translate-x-0.5" />
      </h3>
      {runbook.situation && <p className="mt-1 text-sm text-ink-muted">{runbook.situation}</p>}
      <p className="mt-3 text-sm text-ink-muted">
        {formatCount(runbook.phaseCount, "phase")} · {formatCount(runbook.stepCount, "step")}
      </p>
      {runbook.scenarios.length > 0 && (
        <p className="mt-1 text-sm text-ink-muted">
          For: <span className="text-ink">{runbook.scenarios.map((scenario) => scenario.name).join(", ")}</span>
        </p>
      )}
    </li>
  );
}
