"use client";
import { useState } from "react";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { plainMessage, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { ReviewView } from "@/lib/reviews/types";

type DataLossFormProps = { incidentId: string; service: { key: string; name: string } };

/** The data-loss window, for a service whose loss was not known when it was restored. */
export function DataLossForm({ incidentId, service }: DataLossFormProps) {
  const [open, setOpen] = useState(false);
  const record = useReviewWrite(incidentId, (dataLossMinutes: number | null) =>
    api<ReviewView>(`/api/incidents/${incidentId}/review/services/${service.key}/data-loss`, { method: "PUT", body: { dataLossMinutes } }),
  );
  const id = `data-loss-${service.key}`;
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses("secondary", "print:hidden")}>
        Record data loss<span className="sr-only"> for {service.name}</span>
      </button>
    );
  }
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-2 print:hidden"
      onSubmit={(event) => {
        event.preventDefault();
        const value = String(new FormData(event.currentTarget).get("dataLossMinutes") ?? "").trim();
        record.mutate(value === "" ? null : Number(value), { onSuccess: () => setOpen(false) });
      }}
    >
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-ink">
          {service.name}: minutes of data lost
        </label>
        <input id={id} name="dataLossMinutes" type="number" min={0} step={1} inputMode="numeric" className={fieldClasses()} />
      </div>
      <button type="submit" disabled={record.isPending} className={buttonClasses("primary")}>
        Save
      </button>
      <button type="button" onClick={() => setOpen(false)} className={buttonClasses("quiet")}>
        Cancel
      </button>
      {record.error && (
        <div className="basis-full">
          <ErrorText>{plainMessage(toFormError(record.error))}</ErrorText>
        </div>
      )}
    </form>
  );
}
