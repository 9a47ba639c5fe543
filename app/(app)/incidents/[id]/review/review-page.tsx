"use client";
import { ClockProvider, useNow } from "@/components/clock-provider";
import { ActionItemsPanel } from "@/app/(app)/incidents/[id]/review/components/action-items-panel";
import { BusinessImpact } from "@/app/(app)/incidents/[id]/review/components/business-impact";
import { CriteriaPanel } from "@/app/(app)/incidents/[id]/review/components/criteria-panel";
import { DrillScope } from "@/app/(app)/incidents/[id]/review/components/drill-scope";
import { FindingsPanel } from "@/app/(app)/incidents/[id]/review/components/findings-panel";
import { MeetingPanel } from "@/app/(app)/incidents/[id]/review/components/meeting-panel";
import { ParticipantsPanel } from "@/app/(app)/incidents/[id]/review/components/participants-panel";
import { ReviewHeader } from "@/app/(app)/incidents/[id]/review/components/review-header";
import { ReviewNote } from "@/app/(app)/incidents/[id]/review/components/review-note";
import { TimelineReview } from "@/app/(app)/incidents/[id]/review/components/timeline-review";
import { useReviewLive } from "@/app/(app)/incidents/[id]/review/components/use-review-live";
import { useReviewQuery } from "@/app/(app)/incidents/[id]/review/components/use-review-query";
import { MINUTE_MS } from "@/lib/format";
import type { ReviewView } from "@/lib/reviews/types";
import type { Person } from "@/lib/users/data";

type ReviewPageProps = { initial: ReviewView; people: Person[]; renderedAt: Date };

function ReviewSections({ initial, people, renderedAt }: ReviewPageProps) {
  const detail = useReviewQuery(initial);
  useReviewLive(initial.incident.id, initial.incident.lastSeq);
  const now = useNow(MINUTE_MS) ?? renderedAt.getTime();
  const { incident, review, canEdit } = detail;
  const note = (field: "wentWell" | "couldImprove" | "documentationUpdates", title: string, prompt: string) => (
    <ReviewNote incidentId={incident.id} field={field} title={title} prompt={prompt} text={review[field]} version={review.version} canEdit={canEdit} />
  );
  return (
    <>
      <ReviewHeader detail={detail} />
      <div className="space-y-10">
        {detail.drill && <DrillScope drill={detail.drill} />}
        <MeetingPanel detail={detail} people={people} />
        <TimelineReview detail={detail} />
        <CriteriaPanel detail={detail} />
        <FindingsPanel detail={detail} people={people} />
        <div className="grid gap-10 lg:grid-cols-2 lg:gap-6">
          {note("wentWell", "What went well", "Nothing recorded yet.")}
          {note("couldImprove", "What could be improved", "Nothing recorded yet.")}
        </div>
        <ActionItemsPanel detail={detail} people={people} now={now} />
        {note("documentationUpdates", "Documentation updates needed", "Runbooks, contact lists or plan sections to change: nothing recorded yet.")}
        <BusinessImpact incidentId={incident.id} impact={review} version={review.version} canEdit={canEdit} />
        <ParticipantsPanel participants={detail.participants} />
      </div>
    </>
  );
}

/**
 * The post-incident review, in the order of the plan's agenda: the timeline, what went well, what
 * could be improved, action items and owners, documentation updates; with the success criteria
 * (suggested from the figures, confirmed by the commander), the findings, the business impact and
 * who took part. A drill's opens with what it rehearsed. Those who worked the incident fill it in;
 * everyone else reads it.
 */
export function ReviewPage(props: ReviewPageProps) {
  return (
    <ClockProvider renderedAt={props.renderedAt}>
      <ReviewSections {...props} />
    </ClockProvider>
  );
}
