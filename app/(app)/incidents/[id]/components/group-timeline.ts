// The timeline as people read it under stress: a run of ticks by one person in one phase is one
// entry ("Riley ticked 4 steps in Recover"), and a filter keeps to one kind of event.
import type { IncidentEvent } from "@/lib/timeline/types";

export type TickEvent = IncidentEvent<"checklist.item_updated">;

/** Where a checklist item sits, from the incident's checklist. */
export type StepPlace = { runbookTitle: string; phaseName: string };

export type TimelineItem =
  | { kind: "event"; key: string; event: IncidentEvent }
  | {
      kind: "ticks";
      /** The run's first tick: stays the same as later ticks join it. */
      key: string;
      actor: { id: string; name: string } | null;
      phaseName: string | null;
      /** In the order they happened. */
      ticks: TickEvent[];
    };

export const TIMELINE_FILTERS = [
  { value: "all", label: "All" },
  { value: "notes", label: "Decisions and notes" },
  { value: "status", label: "Status updates" },
  { value: "checklist", label: "Checklist" },
  { value: "escalation", label: "Escalation" },
] as const;

export type TimelineFilter = (typeof TIMELINE_FILTERS)[number]["value"];

/** Decisions are the commander's calls: declaring, moving the incident on, severity, roles. */
const DECISIONS = new Set<string>(["incident.declared", "drill.started", "incident.transitioned", "incident.severity_changed", "role.assigned", "note.added"]);

export function matchesFilter(event: IncidentEvent, filter: TimelineFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "notes":
      return DECISIONS.has(event.type);
    case "status":
      return event.type.startsWith("status_update.");
    case "checklist":
      return event.type === "checklist.item_updated";
    case "escalation":
      return event.type.startsWith("escalation.");
  }
}

const isTick = (event: IncidentEvent): event is TickEvent => event.type === "checklist.item_updated";

/**
 * Groups events (oldest first) into timeline items, oldest first: consecutive ticks and unticks by
 * the same person in the same runbook phase become one item; anything else in between ends the run.
 * A run of one stays a plain event.
 */
export function groupTimeline(events: readonly IncidentEvent[], placeOf: (itemId: string) => StepPlace | undefined): TimelineItem[] {
  const items: TimelineItem[] = [];
  // Asserted, not annotated: endRun() clears it, which narrowing inside this function cannot see.
  let run = null as { place: string; ticks: TickEvent[] } | null;
  const endRun = () => {
    if (!run) return;
    const [first] = run.ticks;
    items.push(
      run.ticks.length === 1
        ? { kind: "event", key: String(first.seq), event: first }
        : { kind: "ticks", key: String(first.seq), actor: first.actor, phaseName: placeOf(first.data.itemId)?.phaseName ?? null, ticks: run.ticks },
    );
    run = null;
  };
  for (const event of events) {
    if (!isTick(event)) {
      endRun();
      items.push({ kind: "event", key: String(event.seq), event });
      continue;
    }
    const place = placeOf(event.data.itemId);
    const runKey = `${event.actor?.id ?? ""}\u0000${place ? `${place.runbookTitle}\u0000${place.phaseName}` : ""}`;
    if (run?.place !== runKey) {
      endRun();
      run = { place: runKey, ticks: [] };
    }
    run.ticks.push(event);
  }
  endRun();
  return items;
}

/** "Riley ticked 4 steps in Recover", "Riley ticked 3 steps and unticked 1 in Recover". */
export function describeTicks({ actor, phaseName, ticks }: Extract<TimelineItem, { kind: "ticks" }>): string {
  const ticked = ticks.filter((tick) => tick.data.done).length;
  const unticked = ticks.length - ticked;
  const steps = (count: number) => `${count} ${count === 1 ? "step" : "steps"}`;
  const what =
    ticked && unticked ? `ticked ${steps(ticked)} and unticked ${unticked}` : ticked ? `ticked ${steps(ticked)}` : `unticked ${steps(unticked)}`;
  return `${actor?.name ?? "Muster"} ${what}${phaseName ? ` in ${phaseName}` : ""}`;
}
