"use client";
import { skipToken, useQuery } from "@tanstack/react-query";
import { formatTimeOfDay } from "@/components/clock-format";
import { timelineKey } from "@/components/live/incident-cache";
import type { IncidentEvent } from "@/lib/timeline/types";
import type { QueuedTick } from "./queue-entries";
import { dismissChange } from "./queue-store";

const state = (done: boolean) => (done ? "ticked" : "unticked");

/** Who changed the step last, and when, from the timeline the war room holds. */
function lastChange(events: IncidentEvent[] | undefined, itemId: string) {
  const event = events?.findLast((candidate) => candidate.type === "checklist.item_updated" && candidate.data.itemId === itemId);
  return event?.type === "checklist.item_updated" ? { who: event.actor?.name ?? "Someone", done: event.data.done, at: event.at } : null;
}

/**
 * A tick made offline that the server did not apply: someone changed the step meanwhile (their
 * change stands, and says who and when), or the tick was refused. It is never sent again; the
 * person reads why and dismisses it.
 */
export function QueuedTickProblem({ tick }: { tick: QueuedTick }) {
  const { data: events } = useQuery<IncidentEvent[]>({ queryKey: timelineKey(tick.incidentId), queryFn: skipToken, staleTime: Infinity });
  const problem = tick.problem;
  if (!problem) return null;
  const what = `${tick.by}'s ${tick.done ? "tick" : "untick"} was not sent`;
  let words: string;
  if (problem.kind === "conflict") {
    // The latest change the timeline holds, which may be newer than the refusal's answer.
    const change = lastChange(events, tick.itemId);
    words = change
      ? `${what}: ${change.who} ${state(change.done)} this step at ${formatTimeOfDay(change.at)} — the step stays ${state(change.done)}.`
      : `${what}: someone changed this step meanwhile — the step stays ${state(problem.current.done)}.`;
  } else {
    words = `${what}: ${problem.message}`;
  }
  return (
    <div role="alert" className="mt-2 flex flex-wrap items-start gap-x-3 gap-y-1 rounded-lg border border-major-line bg-major-soft px-3 py-2 text-sm text-major">
      <p className="min-w-0 flex-1">{words}</p>
      <button type="button" onClick={() => void dismissChange(tick.order)} className="min-h-8 shrink-0 font-medium underline underline-offset-2">
        Dismiss
      </button>
    </div>
  );
}
