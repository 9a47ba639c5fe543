"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card } from "@/components/ui/card";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import type { Audience } from "@/lib/generated/prisma/enums";
import { addSubscriberSchema, SUBSCRIBER_AUDIENCES } from "@/lib/subscribers/schema";
import { parseInput } from "@/lib/validation";

export type SubscriberSummary = { id: string; email: string; audience: Audience };

/** Who receives stakeholder and public updates by e-mail; added and removed here. */
export function Subscribers({ initialSubscribers }: { initialSubscribers: SubscriberSummary[] }) {
  const [subscribers, setSubscribers] = useState(initialSubscribers);
  const [email, setEmail] = useState("");
  const [audience, setAudience] = useState<(typeof SUBSCRIBER_AUDIENCES)[number]>("stakeholders");
  const add = useMutation({
    mutationFn: () => api<SubscriberSummary>("/api/subscribers", { body: parseInput(addSubscriberSchema, { email, audience }) }),
    onSuccess: (added) => {
      setSubscribers((current) => [...current, added]);
      setEmail("");
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/subscribers/${id}`, { method: "DELETE" }),
    onSuccess: (_, id) => setSubscribers((current) => current.filter((subscriber) => subscriber.id !== id)),
  });
  const error = add.error ? toFormError(add.error) : null;
  const emailError = errorFor(error, "email");

  return (
    <div className="space-y-4">
      <form
        noValidate
        className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-start"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate();
        }}
      >
        <FormField id="subscriber-email" label="E-mail address" error={emailError}>
          <input
            id="subscriber-email"
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            className={fieldClasses()}
            aria-invalid={!!emailError}
            aria-describedby={describedBy("subscriber-email", { error: emailError })}
          />
        </FormField>
        <FormField id="subscriber-audience" label="Receives" hint="Stakeholders also receive public updates.">
          <select id="subscriber-audience" aria-describedby="subscriber-audience-hint" value={audience} onChange={(event) => setAudience(event.target.value as typeof audience)} className={fieldClasses()}>
            <option value="stakeholders">Stakeholder updates</option>
            <option value="public">Public updates</option>
          </select>
        </FormField>
        <button type="submit" disabled={add.isPending} className={buttonClasses("primary", "sm:mt-7")}>
          Add subscriber
        </button>
      </form>
      {error && !emailError && <ErrorText>{error.message}</ErrorText>}
      {remove.error && <ErrorText>{toFormError(remove.error).message}</ErrorText>}
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
