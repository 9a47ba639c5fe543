"use client";
import { useId } from "react";
import { formatTimeOfDay } from "@/components/clock-format";
import { describeTicks, type TimelineItem } from "@/app/(app)/incidents/[id]/components/group-timeline";
import { Icon } from "@/components/ui/icon";

type TickGroupEntryProps = {
  group: Extract<TimelineItem, { kind: "ticks" }>;
  expanded: boolean;
  onToggle: () => void;
};

/** A run of ticks as one line, opened (by click or keyboard) to the steps it ticked, newest first. */
export function TickGroupEntry({ group, expanded, onToggle }: TickGroupEntryProps) {
  const stepsId = useId();
  const newest = group.ticks.at(-1)!;
  return (
    <li className="flex gap-3 py-3 break-inside-avoid">
      <div className="flex w-11 shrink-0 flex-col items-start">
        <time dateTime={newest.at} className="pt-px text-xs text-ink-muted tabular-nums">
          {formatTimeOfDay(newest.at)}
        </time>
      </div>
      <div className="min-w-0 flex-1">
        <button
          type="button"
          onClick={onToggle}
          aria-expanded={expanded}
          aria-controls={stepsId}
          className="-mx-1 -my-0.5 flex items-start gap-2 rounded-md px-1 py-0.5 text-left text-sm text-ink hover:bg-surface-muted"
        >
          <span aria-hidden="true" className="mt-1.5 size-2 shrink-0 rounded-full bg-line-strong" />
          <span className="min-w-0">{describeTicks(group)}</span>
          <Icon name={expanded ? "chevron-down" : "chevron-right"} className="mt-0.5 size-4 text-ink-muted" />
        </button>
        <ol id={stepsId} hidden={!expanded} className="mt-1.5 space-y-1 pl-4">
          {[...group.ticks].reverse().map((tick) => (
            <li key={tick.seq} className="flex gap-2 text-xs text-ink-muted">
              <time dateTime={tick.at} className="shrink-0 tabular-nums">
                {formatTimeOfDay(tick.at)}
              </time>
              <span className="min-w-0 [overflow-wrap:anywhere]">
                {tick.data.done ? "Ticked" : "Unticked"} “{tick.data.title}”
              </span>
            </li>
          ))}
        </ol>
      </div>
    </li>
  );
}
