import { formatDateAndTime } from "@/lib/format";
import type { PublicUpdate } from "@/lib/public-status/types";

/** An incident's public updates, newest first, each with its time (UTC) and any headline of its own. */
export function PublicUpdates({ updates, title }: { updates: PublicUpdate[]; title: string }) {
  return (
    <ol className="space-y-4">
      {updates.map((update) => (
        <li key={update.id} className="border-l-2 border-line pl-4">
          <p className="text-xs text-ink-muted tabular-nums">
            <time dateTime={update.postedAt}>{formatDateAndTime(new Date(update.postedAt))} UTC</time>
          </p>
          {update.subject && update.subject !== title && <p className="mt-0.5 font-medium text-ink [overflow-wrap:anywhere]">{update.subject}</p>}
          <p className="mt-1 text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">{update.body}</p>
        </li>
      ))}
    </ol>
  );
}
