// How a live event changes what the browser holds. A tick updates its item in place (ticks are
// frequent and carry everything needed); other changes are rare, so their event marks the
// incident stale and it is fetched again.
import type { IncidentView } from "@/lib/incidents/types";
import type { IncidentEvent } from "@/lib/timeline/types";

export const incidentKey = (incidentId: string) => ["incident", incidentId] as const;
export const timelineKey = (incidentId: string) => ["incident", incidentId, "timeline"] as const;
export const resolutionCheckKey = (incidentId: string) => ["incident", incidentId, "resolution-check"] as const;

/** Events applied so far, in order, without repeats: what the timeline shows. */
export function mergeEvents(known: readonly IncidentEvent[], incoming: readonly IncidentEvent[]): IncidentEvent[] {
  const lastSeq = known.at(-1)?.seq ?? 0;
  const fresh = incoming.filter((event) => event.seq > lastSeq).sort((a, b) => a.seq - b.seq);
  const merged = [...known];
  for (const event of fresh) {
    if (event.seq === (merged.at(-1)?.seq ?? 0) + 1) merged.push(event);
  }
  return merged;
}

/**
 * Events from a page of older ones, or a fresh opening, added to what is held: each seq once, in
 * order. Events never change once recorded, so whatever was held before stays true.
 */
export function withEvents(known: readonly IncidentEvent[], page: readonly IncidentEvent[]): IncidentEvent[] {
  const bySeq = new Map(known.map((event) => [event.seq, event]));
  for (const event of page) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * The unbroken run of events up to the latest — what the timeline lists — and whether older ones
 * are still to load. What is held before a gap (pinned events, escalations, an earlier page from
 * before a fresh opening) is for the panels that look events up, not for the list.
 */
export function latestRun(events: readonly IncidentEvent[]): { run: IncidentEvent[]; olderBefore: number | null } {
  let start = events.length - 1;
  while (start > 0 && events[start - 1].seq === events[start].seq - 1) start -= 1;
  const run = events.slice(Math.max(start, 0));
  const first = run[0]?.seq ?? 1;
  return { run, olderBefore: first > 1 ? first : null };
}

/** A checklist item's state as a tick leaves it. */
type TickedState = {
  id: string;
  done: boolean;
  version: number;
  doneAt: string | null;
  doneById: string | null;
  /** Who, when known (a 409's current state names only the id until the incident is fetched). */
  doneBy: { id: string; name: string } | null;
};

/**
 * The incident with one item set to the state a tick left it in, unless the cache already holds a
 * newer version (a live event or the writer's own answer may come first).
 */
export function withTickedItem(incident: IncidentView, { id, done, version, doneAt, doneById, doneBy }: TickedState): IncidentView {
  return {
    ...incident,
    checklist: incident.checklist.map((item) =>
      item.id === id && item.version < version ? { ...item, done, version, doneAt, doneById, doneBy } : item,
    ),
  };
}

/**
 * A fetched incident, but with any checklist item the cache already holds at a newer version: a
 * read that left the server before a tick must not undo it when it lands after the tick's answer.
 */
export function keepNewerTicks(cached: IncidentView, fetched: IncidentView): IncidentView {
  const held = new Map(cached.checklist.map((item) => [item.id, item]));
  return {
    ...fetched,
    checklist: fetched.checklist.map((item) => {
      const newer = held.get(item.id);
      return newer && newer.version > item.version ? newer : item;
    }),
  };
}

/** The incident after a tick, or null when the event needs a fresh copy from the server. */
export function applyToIncident(incident: IncidentView, event: IncidentEvent): IncidentView | null {
  switch (event.type) {
    case "checklist.item_updated": {
      const { itemId, done, version } = event.data;
      const ticked = withTickedItem(incident, {
        id: itemId,
        done,
        version,
        doneAt: done ? event.at : null,
        doneById: done ? (event.actor?.id ?? null) : null,
        doneBy: done ? event.actor : null,
      });
      return { ...ticked, lastSeq: event.seq };
    }
    case "note.added":
      return { ...incident, lastSeq: event.seq };
    case "event.pinned":
    case "event.unpinned": {
      const { seq } = event.data;
      const others = incident.pinnedSeqs.filter((pinned) => pinned !== seq);
      return { ...incident, lastSeq: event.seq, pinnedSeqs: event.type === "event.pinned" ? [...others, seq] : others };
    }
    default:
      return null;
  }
}
