"use client";
import { useState } from "react";
import { describeEvent } from "@/app/(app)/incidents/[id]/components/describe-event";
import { PostForm } from "@/app/(app)/incidents/[id]/components/post-form";
import { TimelineEntry } from "@/app/(app)/incidents/[id]/components/timeline-entry";
import { api } from "@/components/live/api-client";
import { Section } from "@/components/ui/section";
import type { IncidentView } from "@/lib/incidents/types";
import type { IncidentEvent, IncidentEventType } from "@/lib/timeline/types";

// Enough to follow what is happening now; the rest is one tap away, so the panels below stay near.
const RECENT_EVENTS = 20;

/** Pinning records an event of its own; pinning that would be noise. */
const UNPINNABLE: readonly IncidentEventType[] = ["event.pinned", "event.unpinned"];

type TimelinePanelProps = { incident: IncidentView; events: IncidentEvent[]; canNote: boolean; canPin: boolean };

/** Everything that happened, newest first, with what was pinned above it and a note form for workers. */
export function TimelinePanel({ incident, events, canNote, canPin }: TimelinePanelProps) {
  const [showAll, setShowAll] = useState(false);
  const bySeq = new Map(events.map((event) => [event.seq, event]));
  const find = (seq: number) => bySeq.get(seq);
  const pinnedSeqs = new Set(incident.pinnedSeqs);
  const newestFirst = [...events].reverse();
  const pinned = newestFirst.filter((event) => pinnedSeqs.has(event.seq));
  const shown = showAll ? newestFirst : newestFirst.slice(0, RECENT_EVENTS);

  const entry = (event: IncidentEvent) => (
    <TimelineEntry
      key={event.seq}
      event={event}
      description={describeEvent(event, find)}
      pin={canPin && !UNPINNABLE.includes(event.type) ? { incidentId: incident.id, pinned: pinnedSeqs.has(event.seq) } : null}
    />
  );

  return (
    <Section id="timeline" title="Timeline" description="Newest first; times in UTC.">
      <div className="rounded-xl border border-line bg-surface px-4 py-3 sm:px-5">
        {canNote && (
          <div className="border-b border-line pb-4">
            <PostForm
              incidentId={incident.id}
              id="note-body"
              label="Add a note"
              submitLabel="Add note"
              post={(body) => api(`/api/incidents/${incident.id}/notes`, { body: { body } })}
            />
          </div>
        )}
        {pinned.length > 0 && (
          <div className="border-b border-line pt-3">
            <h3 className="text-xs font-semibold tracking-wide text-ink-muted uppercase">Pinned</h3>
            <ol className="divide-y divide-line">{pinned.map(entry)}</ol>
          </div>
        )}
        <ol className="divide-y divide-line">{shown.map(entry)}</ol>
        {newestFirst.length > shown.length && (
          <button
            type="button"
            onClick={() => setShowAll(true)}
            className="mt-1 min-h-10 w-full rounded-lg text-sm font-medium text-accent hover:bg-surface-muted"
          >
            Show {newestFirst.length - shown.length} earlier events
          </button>
        )}
      </div>
    </Section>
  );
}
