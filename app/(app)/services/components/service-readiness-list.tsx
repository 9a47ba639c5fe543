import { ReadinessBadge } from "@/components/readiness-badge";
import type { ServiceReadinessView } from "@/lib/readiness/present";
import { readinessInWords } from "@/lib/readiness/words";

/** Each service's readiness in one line: its state, and what proves it or why that proof lapsed. */
export function ServiceReadinessList({ services }: { services: ServiceReadinessView[] }) {
  return (
    <ul aria-label="Readiness by service" className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
      {services.map((entry) => (
        <li key={entry.service.key} className="grid grid-cols-[minmax(0,1fr)_auto] items-baseline gap-x-4 gap-y-1 px-5 py-3 md:grid-cols-[12rem_8rem_minmax(0,1fr)]">
          <span className="text-sm font-medium text-ink">{entry.service.name}</span>
          <span>
            <ReadinessBadge state={entry.state} />
          </span>
          <p className="col-span-2 text-sm text-ink-muted md:col-span-1">{readinessInWords(entry)}</p>
        </li>
      ))}
    </ul>
  );
}
