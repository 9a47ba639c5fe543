"use client";
import { AddAttendeeForm } from "@/app/(app)/incidents/[id]/review/components/add-attendee-form";
import { AttendeeList } from "@/app/(app)/incidents/[id]/review/components/attendee-list";
import { EditableBlock } from "@/app/(app)/incidents/[id]/review/components/editable-block";
import { MomentForm } from "@/app/(app)/incidents/[id]/review/components/moment-form";
import { formatReviewTime } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { api } from "@/components/live/api-client";
import { Section } from "@/components/ui/section";
import { updateReviewSchema } from "@/lib/reviews/schema";
import type { ReviewView } from "@/lib/reviews/types";
import type { Person } from "@/lib/users/data";

const WHO =
  "The plan asks for the incident commander, the technical lead, everyone involved in the recovery, and stakeholders as appropriate.";

/** When the meeting was held and who came. */
export function MeetingPanel({ detail, people }: { detail: ReviewView; people: Person[] }) {
  const { incident, review, canEdit } = detail;
  const attending = new Set(review.attendees.map((attendee) => attendee.userId));
  return (
    <Section id="meeting" title="Review meeting" description={WHO}>
      <div className="grid gap-6 rounded-xl border border-line bg-surface p-4 sm:p-5 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <div className="space-y-2">
          <h3 className="text-sm font-medium text-ink-muted">Held</h3>
          <EditableBlock
            label="when the meeting was held"
            action={review.heldAt ? "Edit" : "Record"}
            canEdit={canEdit}
            view={
              <p className="text-sm text-ink">
                {review.heldAt ? (
                  <time dateTime={review.heldAt}>{formatReviewTime(review.heldAt)} UTC</time>
                ) : (
                  <span className="text-ink-muted">Not yet</span>
                )}
              </p>
            }
            form={(close) => (
              <MomentForm
                incidentId={incident.id}
                id="review-held-at"
                label="Held at"
                hint="Your local time. Leave it empty if the meeting has not been held."
                name="heldAt"
                schema={updateReviewSchema}
                initial={review.heldAt ? new Date(review.heldAt) : new Date()}
                write={(heldAt) => api<ReviewView>(`/api/incidents/${incident.id}/review`, { method: "PATCH", body: { heldAt } })}
                close={close}
              />
            )}
          />
        </div>
        <div className="space-y-3">
          <h3 className="text-sm font-medium text-ink-muted">Attendees</h3>
          <AttendeeList incidentId={incident.id} attendees={review.attendees} canEdit={canEdit} />
          {canEdit && (
            <div className="border-t border-line pt-3 print:hidden">
              <AddAttendeeForm incidentId={incident.id} users={people.filter((person) => !attending.has(person.id))} />
            </div>
          )}
        </div>
      </div>
    </Section>
  );
}
