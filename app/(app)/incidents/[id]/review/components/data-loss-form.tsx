"use client";
import { useState } from "react";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { FormRefusal } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { asNumber } from "@/components/plan-text-field";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { recordDataLossSchema } from "@/lib/reviews/schema";
import type { ReviewView } from "@/lib/reviews/types";

type DataLossFormProps = { incidentId: string; service: { key: string; name: string } };

/** The data-loss window, for a service whose loss was not known when it was restored. */
export function DataLossForm({ incidentId, service }: DataLossFormProps) {
  const [open, setOpen] = useState(false);
  const record = useReviewWrite(incidentId, (input: { dataLossMinutes: number }) =>
    api<ReviewView>(`/api/incidents/${incidentId}/review/services/${service.key}/data-loss`, { method: "PUT", body: input }),
  );
  const form = useSchemaForm({
    schema: recordDataLossSchema,
    defaultValues: { dataLossMinutes: "" },
    toInput: ({ dataLossMinutes }) => ({ dataLossMinutes: asNumber(dataLossMinutes) ?? "" }),
    whenEmpty: { dataLossMinutes: "Write how many minutes of data were lost: 0 if none." },
    send: async (input) => {
      await record.mutateAsync(input as { dataLossMinutes: number });
      setOpen(false);
    },
  });
  const id = `data-loss-${service.key}`;
  const error = form.errorOf("dataLossMinutes", "The data loss");
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses("secondary", "print:hidden")}>
        Record data loss<span className="sr-only"> for {service.name}</span>
      </button>
    );
  }
  return (
    <form noValidate className="flex flex-wrap items-end gap-2 print:hidden" onSubmit={form.submit}>
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-ink">
          {service.name}: minutes of data lost
        </label>
        <input
          id={id}
          {...form.register("dataLossMinutes")}
          type="text"
          inputMode="numeric"
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          className={fieldClasses()}
        />
      </div>
      <button type="submit" disabled={form.sending} className={buttonClasses("primary")}>
        Save
      </button>
      <button type="button" onClick={() => setOpen(false)} className={buttonClasses("quiet")}>
        Cancel
      </button>
      <div className="basis-full">
        {error && <ErrorText id={`${id}-error`}>{error}</ErrorText>}
        <FormRefusal form={form} />
      </div>
    </form>
  );
}
