"use client";
import type { z } from "zod";
import { SaveButtons } from "@/app/(app)/incidents/[id]/review/components/save-buttons";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { instantOf, toLocalInput } from "@/components/clock-format";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { fieldClasses } from "@/components/ui/field-classes";
import type { ReviewView } from "@/lib/reviews/types";

type MomentFormProps = {
  incidentId: string;
  id: string;
  label: string;
  hint: string;
  /** The moment's field in the schema the server parses, which checks it here first. */
  name: string;
  schema: z.ZodType;
  /** The time the field starts at. */
  initial: Date;
  /** Saves the instant, or null when the field is emptied. */
  write: (moment: string | null) => Promise<ReviewView>;
  close: () => void;
};

/** One moment in the review (when the meeting was held, when the impact began), in local time. */
export function MomentForm({ incidentId, id, label, hint, name, schema, initial, write, close }: MomentFormProps) {
  const save = useReviewWrite(incidentId, write);
  const form = useSchemaForm({
    schema,
    defaultValues: { [name]: toLocalInput(initial) },
    // The browser reads its own local time; the server gets the instant.
    toInput: (typed) => ({ [name]: instantOf(typed[name]) }),
    send: async (_input, typed) => {
      await save.mutateAsync(instantOf(typed[name]));
      close();
    },
  });
  return (
    <form noValidate className="space-y-3" onSubmit={form.submit}>
      <SchemaField form={form} name={name} id={id} label={label} hint={hint}>
        {(control) => <input {...control} type="datetime-local" className={fieldClasses("max-w-xs")} />}
      </SchemaField>
      <FormRefusal form={form} />
      <SaveButtons pending={form.sending} onCancel={close} />
    </form>
  );
}
