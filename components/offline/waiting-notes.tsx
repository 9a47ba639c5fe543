"use client";
import { formatTimeOfDay } from "@/components/clock-format";
import type { QueuedNote } from "./queue-entries";
import { dismissChange } from "./queue-store";
import { useQueuedChanges } from "./use-queued-changes";

/** Notes written on this device offline, newest first, above the timeline until they are sent. */
export function WaitingNotes({ incidentId }: { incidentId: string }) {
  const notes = useQueuedChanges(incidentId)
    .filter((change): change is QueuedNote => change.kind === "note")
    .toReversed();
  if (notes.length === 0) return null;
  return (
    <ol aria-label="Notes waiting to send" className="divide-y divide-line border-b border-line">
      {notes.map((note) => (
        <li key={note.order} className="flex gap-3 py-3">
          <time dateTime={note.queuedAt} className="w-11 shrink-0 pt-px text-xs text-ink-muted tabular-nums">
            {formatTimeOfDay(note.queuedAt)}
          </time>
          <div className="min-w-0 flex-1">
            <p className="flex gap-2 text-sm text-ink">
              <span aria-hidden="true" className="mt-1.5 size-2 shrink-0 rounded-full border border-accent" />
              {note.problem ? (
                <span className="min-w-0 font-medium text-major">Note not sent: {note.problem.kind === "refused" ? note.problem.message : "it was refused."}</span>
              ) : (
                <span className="min-w-0 font-medium text-accent">Note on this device · waiting to send</span>
              )}
            </p>
            <p className="mt-1.5 ml-4 rounded-lg border border-dashed border-line-strong px-3 py-2 text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">
              {note.body}
            </p>
            {note.problem && (
              <button type="button" onClick={() => void dismissChange(note.order)} className="mt-1 ml-4 min-h-8 text-sm font-medium text-accent underline underline-offset-2">
                Dismiss
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
