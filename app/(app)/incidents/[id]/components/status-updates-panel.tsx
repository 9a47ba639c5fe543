import dynamic from "next/dynamic";
import { formatTimeOfDay } from "@/components/clock-format";
import type { TemplateChoice } from "@/app/(app)/incidents/[id]/components/status-update-composer";
import { StatusUpdateDue } from "@/app/(app)/incidents/[id]/components/status-update-due";
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { WhenNeeded } from "@/components/ui/when-needed";
import type { Audience } from "@/lib/generated/prisma/enums";
import type { IncidentView } from "@/lib/incidents/types";

// Only those who may post get the composer and its preview, so its script stays out of the war
// room's first load and comes for them alone, when it may be needed. It renders once that script
// is in: a form shown before it works would drop what is typed into it. Its space is kept meanwhile.
const StatusUpdateComposer = dynamic(
  () => import("@/app/(app)/incidents/[id]/components/status-update-composer").then((module) => module.StatusUpdateComposer),
  { ssr: false, loading: () => <div aria-hidden className="min-h-72" /> },
);

// The latest few say where things stand; every update is also on the timeline.
const LATEST_UPDATES = 3;

export type Communications = {
  templates: TemplateChoice[];
  recipients: Record<Audience, number>;
};

type StatusUpdatesPanelProps = {
  incident: IncidentView;
  communications: Communications;
  /** The audiences this user may post to: none for those who may not post. */
  audiences: readonly Audience[];
};

/** Where things stand, for the team, stakeholders and the public, each from the plan's templates. */
export function StatusUpdatesPanel({ incident, communications, audiences }: StatusUpdatesPanelProps) {
  const latest = incident.statusUpdates.slice(0, LATEST_UPDATES);
  return (
    <Section id="status-updates" title="Status updates">
      <div className="space-y-4 rounded-xl border border-line bg-surface px-4 py-4 sm:px-5">
        <StatusUpdateDue incident={incident} />
        {latest.length ? (
          <ol className="space-y-3">
            {latest.map((update, index) => (
              <li key={update.id} className={index === 0 ? "" : "border-t border-line pt-3"}>
                {update.audience !== "internal" && (
                  <p className="mb-1">
                    <Badge tone={update.audience === "public" ? "major" : "accent"}>{AUDIENCE_LABELS[update.audience]}</Badge>
                  </p>
                )}
                {update.subject && <p className="text-sm font-semibold text-ink [overflow-wrap:anywhere]">{update.subject}</p>}
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
        {audiences.length > 0 && (
          <div className="border-t border-line pt-4">
            <WhenNeeded keep="min-h-72">
              <StatusUpdateComposer
                incidentId={incident.id}
                templates={communications.templates}
                audiences={audiences}
                recipients={communications.recipients}
              />
            </WhenNeeded>
          </div>
        )}
      </div>
    </Section>
  );
}
