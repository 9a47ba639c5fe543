import Link from "next/link";
import { PriorityBadge } from "@/components/priority-badge";
import { ReadinessBadge } from "@/components/readiness-badge";
import { StackedTable } from "@/components/ui/stacked-table";
import { formatDate } from "@/lib/format";
import type { ServiceReadinessView } from "@/lib/readiness/present";
import { achievedAgainstRto, nextTestInWords, proofSource } from "@/lib/readiness/words";

function LastProof({ proof }: Pick<ServiceReadinessView, "proof">) {
  if (!proof) return <span className="text-ink-muted">None</span>;
  return (
    <div className="space-y-1">
      <div className="whitespace-nowrap tabular-nums">{formatDate(proof.at)}</div>
      <Link
        href={`/incidents/${proof.incident.id}`}
        aria-label={`${proofSource(proof)}: ${proof.incident.title}`}
        className="font-medium whitespace-nowrap text-accent hover:underline"
      >
        {proofSource(proof)}
      </Link>
    </div>
  );
}

function Achieved({ proof }: Pick<ServiceReadinessView, "proof">) {
  if (!proof) return <span className="text-ink-muted">Not measured</span>;
  return (
    <div className="space-y-1">
      <div className="tabular-nums">Back in {achievedAgainstRto(proof)}</div>
      <div className={`text-xs font-medium ${proof.withinRto ? "text-ok" : "text-critical"}`}>{proof.withinRto ? "RTO met" : "RTO missed"}</div>
    </div>
  );
}

function WhyLapsed({ entry }: { entry: ServiceReadinessView }) {
  const [first, ...more] = entry.lapses;
  if (!first) return <span className="text-ink-muted">{entry.proof ? "Still stands" : "Nothing to lapse"}</span>;
  return (
    <div className="space-y-1">
      <div>{first.words}</div>
      {more.length > 0 && <div className="text-xs text-ink-muted">and {more.length === 1 ? "1 more change" : `${more.length} more changes`} since</div>}
    </div>
  );
}

function NextTest({ entry }: { entry: ServiceReadinessView }) {
  const test = entry.test ? entry.test.testType : "No test covers it";
  const interval = entry.intervalMonths === 1 ? "every month" : `every ${entry.intervalMonths} months`;
  return (
    <div className="space-y-1">
      <div className={entry.state === "lapsed" || entry.state === "never" ? "font-medium text-ink" : undefined}>{nextTestInWords(entry)}</div>
      <div className="text-xs text-ink-muted">
        {test}, {interval}
      </div>
    </div>
  );
}

/** Each service's readiness, in the priority matrix's order. */
export function ReadinessTable({ services }: { services: ServiceReadinessView[] }) {
  return (
    <StackedTable
      rows={services}
      rowKey={(entry) => entry.service.key}
      columns={[
        {
          label: "Service",
          cardTitle: true,
          className: "text-ink md:font-medium",
          cell: ({ service }) => (
            <span className="inline-flex flex-wrap items-center gap-2">
              {service.priority !== null && <PriorityBadge priority={service.priority} />}
              {service.name}
            </span>
          ),
        },
        { label: "Readiness", cell: (entry) => <ReadinessBadge state={entry.state} /> },
        { label: "Last proof", cell: (entry) => <LastProof proof={entry.proof} /> },
        { label: "Achieved", cell: (entry) => <Achieved proof={entry.proof} /> },
        { label: "Why lapsed", cell: (entry) => <WhyLapsed entry={entry} /> },
        { label: "Next test", cell: (entry) => <NextTest entry={entry} /> },
      ]}
    />
  );
}
