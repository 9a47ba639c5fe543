"use client";
import { DurationsList } from "@/app/(app)/incidents/[id]/review/components/durations-list";
import { EditableBlock } from "@/app/(app)/incidents/[id]/review/components/editable-block";
import { MomentForm } from "@/app/(app)/incidents/[id]/review/components/moment-form";
import { ReviewEvents } from "@/app/(app)/incidents/[id]/review/components/review-events";
import { formatReviewTime } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { ServiceTargets } from "@/app/(app)/incidents/[id]/review/components/service-targets";
import { api } from "@/components/live/api-client";
import { Section } from "@/components/ui/section";
import { recordImpactStartSchema } from "@/lib/reviews/schema";
import type { ReviewView } from "@/lib/reviews/types";

const IMPACT_HINT = "Your local time: when users were first affected, at or before detection.";

/** The agenda's first item: what happened, how long each stage took, and each service's objectives. */
export function TimelineReview({ detail }: { detail: ReviewView }) {
  const { incident, canEdit } = detail;
  return (
    <Section id="timeline-review" title="Timeline review" description="Times in UTC. Later stages count from detection, as the plan's clocks do.">
      <div className="space-y-6">
        <DurationsList durations={detail.durations} />
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-2 text-sm">
          <span className="font-medium text-ink-muted">Impact began</span>
          <EditableBlock
            label="when the impact began"
            action={incident.impactStartedAt ? "Edit" : "Record"}
            canEdit={canEdit}
            view={
              incident.impactStartedAt ? (
                <time dateTime={incident.impactStartedAt} className="text-ink">
                  {formatReviewTime(incident.impactStartedAt)} UTC
                </time>
              ) : (
                <span className="text-ink-muted">Not recorded: time to detect needs it</span>
              )
            }
            form={(close) => (
              <MomentForm
                incidentId={incident.id}
                id="review-impact-started-at"
                label="Impact began at"
                hint={IMPACT_HINT}
                name="impactStartedAt"
                schema={recordImpactStartSchema}
                initial={new Date(incident.impactStartedAt ?? incident.detectedAt)}
                write={(impactStartedAt) => api<ReviewView>(`/api/incidents/${incident.id}/review/impact-start`, { method: "PUT", body: { impactStartedAt } })}
                close={close}
              />
            )}
          />
        </div>
        <div className="space-y-3">
          <h3 className="font-semibold text-ink">Services against their objectives</h3>
          <ServiceTargets incidentId={incident.id} services={detail.services} canEdit={canEdit} />
        </div>
        <div className="space-y-3">
          <h3 className="font-semibold text-ink">Timeline</h3>
          <ReviewEvents events={detail.events} pinnedSeqs={detail.pinnedSeqs} />
        </div>
      </div>
    </Section>
  );
}
