"use client";
import dynamic from "next/dynamic";
import { useState } from "react";
import { describeEvent } from "@/app/(app)/incidents/[id]/components/describe-event";
import { OlderEvents } from "@/app/(app)/incidents/[id]/components/older-events";
import { groupTimeline, matchesFilter, type TimelineFilter as Filter, type TimelineItem } from "@/app/(app)/incidents/[id]/components/group-timeline";
import { TickGroupEntry } from "@/app/(app)/incidents/[id]/components/tick-group-entry";
import { TimelineEntry } from "@/app/(app)/incidents/[id]/components/timeline-entry";
import { TimelineFilter } from "@/app/(app)/incidents/[id]/components/timeline-filter";
import { latestRun } from "@/components/live/incident-cache";
import { addNoteOrQueue } from "@/components/offline/offline-writes";
import { WaitingNotes } from "@/components/offline/waiting-notes";
import { Section } from "@/components/ui/section";
import { WhenNeeded } from "@/components/ui/when-needed";
import type { IncidentView } from "@/lib/incidents/types";
import type { IncidentEvent, IncidentEventType } from "@/lib/timeline/types";

// The note form is react-hook-form's, for those who may write; it comes when it may be needed
// (WhenNeeded), its schema when the box is first focused. It appears once its script is in (a box
// shown before it works would drop what is typed), in space kept for it meanwhile.
const PostForm = dynamic(() => import("@/app/(app)/incidents/[id]/components/post-form").then((module) => module.PostForm), {
  ssr: false,
  loading: () => <div aria-hidden className="min-h-36" />,
});

// Enough to follow what is happening now; the rest is one tap away, so the panels below stay near.
const RECENT_ENTRIES = 20;

/** Pinning records an event of its own; pinning that would be noise. */
const UNPINNABLE: readonly IncidentEventType[] = ["event.pinned", "event.unpinned"];

type TimelinePanelProps = {
  incident: IncidentView;
  /** What is held: the latest run, and older events pinned or loaded before it. */
  events: IncidentEvent[];
  canNote: boolean;
  canPin: boolean;
};

/**
 * Everything that happened, newest first, with what was pinned above it and a note form for
 * workers. Runs of ticks are one entry each, and a filter keeps to one kind of event; both hold
 * as live events arrive (a tick that continues a run joins it). A long incident opens with its
 * latest page of events; older pages load on request.
 */
export function TimelinePanel({ incident, events, canNote, canPin }: TimelinePanelProps) {
  const [showAll, setShowAll] = useState(false);
  const [filter, setFilter] = useState<Filter>("all");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const bySeq = new Map(events.map((event) => [event.seq, event]));
  const find = (seq: number) => bySeq.get(seq);
  const places = new Map(incident.checklist.map((item) => [item.id, item]));
  const pinnedSeqs = new Set(incident.pinnedSeqs);
  const pinned = [...events].reverse().filter((event) => pinnedSeqs.has(event.seq));
  const { run, olderBefore } = latestRun(events);
  const newestFirst = groupTimeline(
    run.filter((event) => matchesFilter(event, filter)),
    (itemId) => places.get(itemId),
  ).reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, RECENT_ENTRIES);

  const toggle = (key: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const entry = (event: IncidentEvent) => (
    <TimelineEntry
      key={event.seq}
      event={event}
      description={describeEvent(event, find)}
      pin={canPin && !UNPINNABLE.includes(event.type) ? { incidentId: incident.id, pinned: pinnedSeqs.has(event.seq) } : null}
    />
  );
  const item = (shownItem: TimelineItem) =>
    shownItem.kind === "event" ? (
      entry(shownItem.event)
    ) : (
      <TickGroupEntry key={shownItem.key} group={shownItem} expanded={expanded.has(shownItem.key)} onToggle={() => toggle(shownItem.key)} />
    );

  return (
    <Section id="timeline" title="Timeline" description="Newest first; times in UTC.">
      <div className="rounded-xl border border-line bg-surface px-4 py-3 sm:px-5">
        {canNote && (
          <div className="border-b border-line pb-4">
            <WhenNeeded keep="min-h-36">
              <PostForm
                incidentId={incident.id}
                id="note-body"
                label="Add a note"
                submitLabel="Add note"
                post={(body) => addNoteOrQueue(incident.id, body)}
              />
            </WhenNeeded>
          </div>
        )}
        <WaitingNotes incidentId={incident.id} />
        {pinned.length > 0 && (
          <div className="border-b border-line pt-3">
            <h3 className="text-xs font-semibold tracking-wide text-ink-muted uppercase">Pinned</h3>
            <ol className="divide-y divide-line">{pinned.map(entry)}</ol>
          </div>
        )}
        <div className="pt-3">
          <TimelineFilter value={filter} onChange={setFilter} />
        </div>
        {shown.length > 0 ? (
          <ol className="divide-y divide-line">{shown.map(item)}</ol>
        ) : (
          <p className="py-4 text-sm text-ink-muted">Nothing of this kind yet.</p>
        )}
        {newestFirst.length > shown.length ? (
          <button
            type="button"
            onClick={() => setShowAll(true)}
            className="mt-1 min-h-10 w-full rounded-lg text-sm font-medium text-accent hover:bg-surface-muted"
          >
            Show {newestFirst.length - shown.length} earlier entries
          </button>
        ) : (
          olderBefore !== null && <OlderEvents incidentId={incident.id} beforeSeq={olderBefore} onScroll={showAll} onLoad={() => setShowAll(true)} />
        )}
      </div>
    </Section>
  );
}
