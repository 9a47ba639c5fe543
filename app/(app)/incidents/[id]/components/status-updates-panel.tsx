import { formatTimeOfDay } from "@/components/clock-format";
import { PostForm } from "@/app/(app)/incidents/[id]/components/post-form";
import { StatusUpdateDue } from "@/app/(app)/incidents/[id]/components/status-update-due";
import { api } from "@/components/live/api-client";
import { Section } from "@/components/ui/section";
import type { IncidentView } from "@/lib/incidents/types";

// The latest few say where things stand; every update is also on the timeline.
const LATEST_UPDATES = 3;

/** Where things stand, in a sentence or two for the team and management (internal audience). */
export function StatusUpdatesPanel({ incident, canWork }: { incident: IncidentView; canWork: boolean }) {
  const latest = incident.statusUpdates.slice(0, LATEST_UPDATES);
  return (
    <Section id="status-updates" title="Status updates">
      <div className="space-y-4 rounded-xl border border-line bg-surface px-4 py-4 sm:px-5">
        <StatusUpdateDue incident={incident} />
        {latest.length ? (
          <ol className="space-y-3">
            {latest.map((update, index) => (
              <li key={update.id} className={index === 0 ? "" : "border-t border-line pt-3"}>
                <p className="text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">{update.body}</p>
                <p className="mt-1 text-xs text-ink-muted">
                  {update.author.name} ·{" "}
                  <time dateTime={update.postedAt} className="tabular-nums">
                    {formatTimeOfDay(update.postedAt)}
                  </time>
                  {index === 0 && " · latest"}
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-ink-muted">No status update yet.</p>
        )}
        {incident.statusUpdates.length > LATEST_UPDATES && (
          <p className="text-xs text-ink-muted">Earlier updates are on the timeline.</p>
        )}
        {canWork && (
          <div className="border-t border-line pt-4">
            <PostForm
              incidentId={incident.id}
              id="status-update-body"
              label="Status update"
              submitLabel="Post update"
              post={(body) => api(`/api/incidents/${incident.id}/status-updates`, { body: { body, audience: "internal" } })}
            />
          </div>
        )}
      </div>
    </Section>
  );
}
