"use client";
import { TIMELINE_FILTERS, type TimelineFilter as Filter } from "@/app/(app)/incidents/[id]/components/group-timeline";

/** Which kind of event the timeline shows: a row of radio buttons, so arrow keys move between them. */
export function TimelineFilter({ value, onChange }: { value: Filter; onChange: (next: Filter) => void }) {
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">Show</legend>
      <div className="flex flex-wrap gap-1 rounded-lg border border-line bg-canvas p-1 text-sm">
        {TIMELINE_FILTERS.map((choice) => (
          <label
            key={choice.value}
            className="cursor-pointer rounded-md px-2.5 py-1.5 font-medium text-ink-muted has-checked:bg-surface has-checked:text-ink has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-accent"
          >
            <input
              type="radio"
              name="timeline-filter"
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              className="sr-only"
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
