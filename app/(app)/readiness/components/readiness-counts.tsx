import { READINESS_STATES } from "@/lib/readiness/types";
import type { ReadinessView } from "@/lib/readiness/present";
import { READINESS_LABELS } from "@/lib/readiness/words";

const MEANING = {
  proven: "restored within their RTO, proof standing",
  missed: "proof standing, but the RTO was missed",
  lapsed: "need a new test",
  never: "never restored in a drill or an incident",
} as const;

/** How many services are in each state, at a glance. */
export function ReadinessCounts({ counts }: { counts: ReadinessView["counts"] }) {
  return (
    <dl aria-label="Services by readiness" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {READINESS_STATES.map((state) => (
        <div key={state} className="flex flex-col rounded-xl border border-line bg-surface p-4">
          <dt className="text-sm text-ink-muted">{READINESS_LABELS[state]}</dt>
          <dd className="mt-1 text-2xl font-semibold text-ink tabular-nums">{counts[state]}</dd>
          <dd className="mt-1 text-xs text-ink-muted">{MEANING[state]}</dd>
        </div>
      ))}
    </dl>
  );
}
