"use client";
import { useState } from "react";
import { firstChoice, PersonField, personOf } from "@/app/(app)/incidents/[id]/review/components/person-field";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { FormRefusal } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { addAttendeeSchema } from "@/lib/reviews/schema";
import type { ReviewView } from "@/lib/reviews/types";

type AddAttendeeFormProps = { incidentId: string; users: { id: string; name: string }[] };

function AttendeeFields({ incidentId, users, onAdded }: AddAttendeeFormProps & { onAdded: () => void }) {
  const add = useReviewWrite(incidentId, (person: { userId?: string; name?: string }) =>
    api<ReviewView>(`/api/incidents/${incidentId}/review/attendees`, { body: person }),
  );
  const form = useSchemaForm({
    schema: addAttendeeSchema,
    defaultValues: { userId: firstChoice(users), name: "" },
    toInput: ({ userId, name }) => {
      const { user, other } = personOf(userId, name);
      return { userId: user, name: other };
    },
    whenEmpty: { name: "Pick a user or type a name." },
    send: async (person) => {
      await add.mutateAsync(person);
      onAdded();
    },
  });
  return (
    <form noValidate className="space-y-3" onSubmit={form.submit}>
      <PersonField form={form} id="attendee" label="Attendee" users={users} names={{ user: "userId", other: "name" }} />
      <FormRefusal form={form} />
      <button type="submit" disabled={form.sending} className={buttonClasses("secondary")}>
        Add attendee
      </button>
    </form>
  );
}

/** Someone else who came: a Muster user, or a stakeholder or vendor by name. */
export function AddAttendeeForm({ incidentId, users }: AddAttendeeFormProps) {
  // A new form after each addition: empty, with the user list back in place of a typed name.
  const [added, setAdded] = useState(0);
  return <AttendeeFields key={added} incidentId={incidentId} users={users} onAdded={() => setAdded((count) => count + 1)} />;
}
