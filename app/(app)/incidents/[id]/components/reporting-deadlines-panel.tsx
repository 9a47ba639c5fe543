"use client";
import dynamic from "next/dynamic";
import { RecordReport } from "@/app/(app)/incidents/[id]/components/record-report";
import { useIncidentObligations } from "@/app/(app)/incidents/[id]/components/use-incident-obligations";
import { formatDateTime } from "@/components/clock-format";
import { ReportingDeadlineClock } from "@/components/reporting-deadline-clock";
import { Section } from "@/components/ui/section";
import type { IncidentObligationView } from "@/lib/obligations/types";
import { describeDeadlineRule } from "@/lib/obligations/words";
import type { IncidentEvent } from "@/lib/timeline/types";

// For the commander alone, and it validates in the browser: its script comes after the page is on
// screen, and the form appears once it works, in space kept for it meanwhile.
const ClassifyObligationForm = dynamic(
  () => import("@/app/(app)/incidents/[id]/components/classify-obligation-form").then((module) => module.ClassifyObligationForm),
  { ssr: false, loading: () => <div aria-hidden className="min-h-32" /> },
);

type ReportingDeadlinesPanelProps = {
  incident: { id: string; isDrill: boolean };
  events: readonly IncidentEvent[];
  initial: { obligations: IncidentObligationView[]; seq: number };
  /** The plan's obligations, for the commander to classify under; null for anyone else. */
  planObligations: { key: string; name: string }[] | null;
  /** The commander records reports, also after the incident is closed: a final report comes a month on. */
  canRecord: boolean;
};

function ObligationClocks({ incidentId, obligation, canRecord }: { incidentId: string; obligation: IncidentObligationView; canRecord: boolean }) {
  const started = obligation.clockStart === "classification" ? "classified" : "detected";
  return (
    <article data-obligation={obligation.key} className="rounded-xl border border-line bg-surface p-4">
      <h3 className="font-semibold text-ink [overflow-wrap:anywhere]">{obligation.name}</h3>
      <p className="text-sm text-ink-muted">
        Clock started {formatDateTime(obligation.clockStartedAt)} UTC ({started})
      </p>
      <ol className="mt-3 divide-y divide-line border-t border-line">
        {obligation.deadlines.map((deadline) => (
          <li key={deadline.key} data-deadline={deadline.key} className="space-y-1 py-3">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <p className="min-w-0 font-medium text-ink">{deadline.name}</p>
              <ReportingDeadlineClock deadline={deadline} className="text-sm sm:text-base" />
            </div>
            <p className="text-sm text-ink-muted">
              {deadline.report
                ? `Made ${formatDateTime(deadline.report.reportedAt)} UTC${deadline.report.reference ? ` · reference ${deadline.report.reference}` : ""}`
                : deadline.dueAt
                  ? `By ${formatDateTime(deadline.dueAt)} UTC${deadline.cappedByDetection ? " · held to its limit after detection" : ""}`
                  : describeDeadlineRule(deadline)}
            </p>
            {canRecord && !deadline.report && deadline.dueAt && (
              <div className="pt-1">
                <RecordReport incidentId={incidentId} obligationKey={obligation.key} deadline={deadline} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}

/**
 * The incident's reporting deadlines, once classified under an obligation: a clock for each report
 * owed, done as each is recorded. The commander classifies and records; everyone sees it live.
 */
export function ReportingDeadlinesPanel({ incident, events, initial, planObligations, canRecord }: ReportingDeadlinesPanelProps) {
  const obligations = useIncidentObligations(incident.id, events, initial);
  const classified = new Set(obligations.map((obligation) => obligation.key));
  const open = planObligations?.filter((obligation) => !classified.has(obligation.key)) ?? [];
  if (obligations.length === 0 && open.length === 0) return null;
  return (
    <Section id="reporting-deadlines" title="Reporting deadlines" description={incident.isDrill ? "Practice: this drill's reports go to nobody." : undefined}>
      <div className="space-y-4">
        {obligations.map((obligation) => (
          <ObligationClocks key={obligation.key} incidentId={incident.id} obligation={obligation} canRecord={canRecord} />
        ))}
        {open.length > 0 && <ClassifyObligationForm incidentId={incident.id} obligations={open} isDrill={incident.isDrill} />}
      </div>
    </Section>
  );
}
