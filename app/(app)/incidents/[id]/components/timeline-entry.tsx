import { formatDateTime, formatTimeOfDay } from "@/components/clock-format";
import type { EventDescription } from "@/app/(app)/incidents/[id]/components/describe-event";
import { PinMenu } from "@/app/(app)/incidents/[id]/components/pin-button";
import type { IncidentEvent } from "@/lib/timeline/types";

const DOT: Record<EventDescription["tone"], string> = {
  neutral: "bg-line-strong",
  critical: "bg-critical",
  ok: "bg-ok",
};

type TimelineEntryProps = {
  event: IncidentEvent;
  description: EventDescription;
  /** Set for those who may pin: whether the event is pinned now. */
  pin: { incidentId: string; pinned: boolean } | null;
  /** With the day as well as the time: for a look back over days, as in the review. */
  dated?: boolean;
};

/** One event: its time in a narrow column, so the words get the width; the pin menu at its end. */
export function TimelineEntry({ event, description, pin, dated = false }: TimelineEntryProps) {
  return (
    <li className="flex gap-3 py-3 break-inside-avoid">
      <div className={`flex shrink-0 flex-col items-start ${dated ? "w-24" : "w-11"}`}>
        <time dateTime={event.at} className="pt-px text-xs text-ink-muted tabular-nums">
          {dated ? formatDateTime(event.at) : formatTimeOfDay(event.at)}
        </time>
      </div>
      <div className="min-w-0 flex-1">
        <p className={`flex gap-2 text-sm ${description.tone === "critical" ? "font-medium text-critical" : "text-ink"}`}>
          <span aria-hidden="true" className={`mt-1.5 size-2 shrink-0 rounded-full ${DOT[description.tone]}`} />
          <span className="min-w-0">{description.text}</span>
        </p>
        <div className="pl-4">
          {description.detail && <p className="mt-0.5 text-xs text-ink-muted">{description.detail}</p>}
          {description.body && (
            <p className="mt-1.5 rounded-lg bg-canvas px-3 py-2 text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">
              {description.body}
            </p>
          )}
        </div>
      </div>
      {pin && <PinMenu incidentId={pin.incidentId} seq={event.seq} pinned={pin.pinned} summary={description.text} />}
    </li>
  );
}
