"use client";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { ErrorText } from "@/components/ui/error-text";
import { Icon } from "@/components/ui/icon";
import type { ReviewView } from "@/lib/reviews/types";

type AttendeeListProps = { incidentId: string; attendees: ReviewView["review"]["attendees"]; canEdit: boolean };

export function AttendeeList({ incidentId, attendees, canEdit }: AttendeeListProps) {
  const remove = useReviewWrite(incidentId, (attendeeId: string) =>
    api<ReviewView>(`/api/incidents/${incidentId}/review/attendees/${attendeeId}`, { method: "DELETE" }),
  );
  if (!attendees.length) return <p className="text-sm text-ink-muted">No one yet.</p>;
  return (
    <div className="space-y-2">
      <ul className="flex flex-wrap gap-2">
        {attendees.map((attendee) => (
          <li key={attendee.id} className="inline-flex min-h-9 items-center gap-1 rounded-full border border-line bg-surface-muted pr-1 pl-3 text-sm text-ink">
            {attendee.name}
            {canEdit && (
              <button
                type="button"
                onClick={() => remove.mutate(attendee.id)}
                disabled={remove.isPending}
                aria-label={`Remove ${attendee.name}`}
                className="grid size-7 place-items-center rounded-full text-ink-muted hover:bg-surface hover:text-ink print:hidden"
              >
                <Icon name="close" className="size-3.5" />
              </button>
            )}
          </li>
        ))}
      </ul>
      {remove.error && <ErrorText>{refusalInWords(remove.error)}</ErrorText>}
    </div>
  );
}
