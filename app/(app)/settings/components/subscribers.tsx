"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { refusalOf } from "@/components/forms/form-words";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card } from "@/components/ui/card";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { Audience } from "@/lib/generated/prisma/enums";
import { addSubscriberSchema, SUBSCRIBER_AUDIENCES } from "@/lib/subscribers/schema";

export type SubscriberSummary = { id: string; email: string; audience: Audience };

/** Who receives stakeholder and public updates by e-mail; added and removed here. */
export function Subscribers({ initialSubscribers }: { initialSubscribers: SubscriberSummary[] }) {
  const [subscribers, setSubscribers] = useState(initialSubscribers);
  const form = useSchemaForm({
    schema: addSubscriberSchema,
    defaultValues: { email: "", audience: "stakeholders" as (typeof SUBSCRIBER_AUDIENCES)[number] },
    whenEmpty: { email: "Give the e-mail address to send updates to." },
    send: async (input) => {
      const added = await api<SubscriberSummary>("/api/subscribers", { body: input });
      setSubscribers((current) => [...current, added]);
      form.setValue("email", "");
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/subscribers/${id}`, { method: "DELETE" }),
    onSuccess: (_, id) => setSubscribers((current) => current.filter((subscriber) => subscriber.id !== id)),
  });

  return (
    <div className="space-y-4">
      <form noValidate aria-label="Add a subscriber" className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-start" onSubmit={form.submit}>
        <SchemaField form={form} name="email" id="subscriber-email" label="E-mail address" called="The e-mail address">
          {(control) => <input {...control} type="email" className={fieldClasses()} />}
        </SchemaField>
        <SchemaField form={form} name="audience" id="subscriber-audience" label="Receives" called="The updates it receives" hint="Stakeholders also receive public updates.">
          {(control) => (
            <select {...control} className={fieldClasses()}>
              <option value="stakeholders">Stakeholder updates</option>
              <option value="public">Public updates</option>
            </select>
          )}
        </SchemaField>
        <button type="submit" disabled={form.sending} className={buttonClasses("primary", "sm:mt-7")}>
          Add subscriber
        </button>
      </form>
      <FormRefusal form={form} />
      {remove.error && <ErrorText>{refusalOf(remove.error).message}</ErrorText>}
      <Card>
        {subscribers.length === 0 ? (
          <p className="p-5 text-sm text-ink-muted">No subscribers yet: stakeholder and public updates are not e-mailed.</p>
        ) : (
          <ul aria-label="Subscribers" className="divide-y divide-line">
            {subscribers.map((subscriber) => (
              <li key={subscriber.id} className="flex items-center justify-between gap-4 px-5 py-3">
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  <span className="text-ink">{subscriber.email}</span>{" "}
                  <span className="text-sm text-ink-muted">· {AUDIENCE_LABELS[subscriber.audience]}</span>
                </span>
                <button
                  type="button"
                  onClick={() => remove.mutate(subscriber.id)}
                  aria-label={`Remove ${subscriber.email}`}
                  className={buttonClasses("quiet")}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
