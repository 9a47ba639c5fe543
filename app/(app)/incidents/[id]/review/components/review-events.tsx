"use client";
import { useState } from "react";
import { describeEvent } from "@/app/(app)/incidents/[id]/components/describe-event";
import { TimelineEntry } from "@/app/(app)/incidents/[id]/components/timeline-entry";
import { keyEvents } from "@/lib/reviews/timeline";
import type { IncidentEvent } from "@/lib/timeline/types";

function EventList({ events, all, pinned }: { events: IncidentEvent[]; all: IncidentEvent[]; pinned: Set<number> }) {
  const bySeq = new Map(all.map((event) => [event.seq, event]));
  return (
    <ol className="divide-y divide-line">
      {events.map((event) => {
        const description = describeEvent(event, (seq) => bySeq.get(seq));
        const detail = pinned.has(event.seq) ? [description.detail, "Pinned"].filter(Boolean).join(" · ") : description.detail;
        return <TimelineEntry key={event.seq} event={event} description={{ ...description, detail }} pin={null} dated />;
      })}
    </ol>
  );
}

/** The turning points and what the team pinned, then, on request, every event; oldest first. */
export function ReviewEvents({ events, pinnedSeqs }: { events: IncidentEvent[]; pinnedSeqs: number[] }) {
  const [showAll, setShowAll] = useState(false);
  const pinned = new Set(pinnedSeqs);
  return (
    <div className="space-y-4">
      <div className="rounded-xl border border-line bg-surface px-4 py-2 sm:px-5">
        <h3 className="pt-2 text-xs font-semibold tracking-wide text-ink-muted uppercase">Key and pinned events</h3>
        <EventList events={keyEvents(events, pinnedSeqs)} all={events} pinned={pinned} />
      </div>
      {/* Printed only when opened: a printout has the key events, and all of them on request. */}
      <div className={`rounded-xl border border-line bg-surface px-4 py-2 sm:px-5 ${showAll ? "" : "print:hidden"}`}>
        <div className="flex flex-wrap items-center justify-between gap-2 py-1">
          <h3 className="text-xs font-semibold tracking-wide text-ink-muted uppercase">Every event ({events.length})</h3>
          <button
            type="button"
            onClick={() => setShowAll(!showAll)}
            aria-expanded={showAll}
            className="min-h-10 rounded-lg px-3 text-sm font-medium text-accent hover:bg-surface-muted"
          >
            {showAll ? "Hide" : "Show"} every event
          </button>
        </div>
        {showAll && <EventList events={events} all={events} pinned={pinned} />}
      </div>
    </div>
  );
}
