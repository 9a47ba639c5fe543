import { DurationsList } from "@/app/(app)/incidents/[id]/review/components/durations-list";
import { ReviewEvents } from "@/app/(app)/incidents/[id]/review/components/review-events";
import { ServiceTargets } from "@/app/(app)/incidents/[id]/review/components/service-targets";
import { Section } from "@/components/ui/section";
import type { ReviewView } from "@/lib/reviews/types";

/** The agenda's first item: what happened, how long each stage took, and each service's objectives. */
export function TimelineReview({ detail }: { detail: ReviewView }) {
  return (
    <Section id="timeline-review" title="Timeline review" description="Times in UTC. Later stages count from detection, as the plan's clocks do.">
      <div className="space-y-6">
        <DurationsList durations={detail.durations} />
        <div className="space-y-3">
          <h3 className="font-semibold text-ink">Services against their objectives</h3>
          <ServiceTargets incidentId={detail.incident.id} services={detail.services} canEdit={detail.canEdit} />
        </div>
        <div className="space-y-3">
          <h3 className="font-semibold text-ink">Timeline</h3>
          <ReviewEvents events={detail.events} pinnedSeqs={detail.pinnedSeqs} />
        </div>
      </div>
    </Section>
  );
}
