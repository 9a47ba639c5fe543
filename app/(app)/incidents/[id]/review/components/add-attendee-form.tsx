"use client";
import { useState } from "react";
import { PersonField } from "@/app/(app)/incidents/[id]/review/components/person-field";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { plainMessage, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import type { ReviewView } from "@/lib/reviews/types";

type AddAttendeeFormProps = { incidentId: string; users: { id: string; name: string }[] };

/** Someone else who came: a Muster user, or a stakeholder or vendor by name. */
export function AddAttendeeForm({ incidentId, users }: AddAttendeeFormProps) {
  // A new form after each addition: empty, with the user list back in place of a typed name.
  const [added, setAdded] = useState(0);
  const add = useReviewWrite(incidentId, (person: { userId?: string; name?: string }) =>
    api<ReviewView>(`/api/incidents/${incidentId}/review/attendees`, { body: person }),
  );
  return (
    <form
      key={added}
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const userId = String(data.get("userId") ?? "") || undefined;
        const name = String(data.get("name") ?? "") || undefined;
        add.mutate({ userId, name }, { onSuccess: () => setAdded((count) => count + 1) });
      }}
    >
      <PersonField
        id="attendee"
        label="Attendee"
        users={users}
        names={{ user: "userId", other: "name" }}
        error={add.error ? plainMessage(toFormError(add.error)) : null}
      />
      <button type="submit" disabled={add.isPending} className={buttonClasses("secondary")}>
        Add attendee
      </button>
    </form>
  );
}
