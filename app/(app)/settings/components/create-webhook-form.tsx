"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorFor, toFormError } from "@/components/form-error";
import type { WebhookSummary } from "@/app/(app)/settings/components/webhooks";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import { parseInput } from "@/lib/validation";
import { createWebhookSchema } from "@/lib/webhooks/schema";

type Created = WebhookSummary & { secret: string };

const NAME_HINT = "Who receives it, e.g. “Status page”.";
const URL_HINT = "Where Muster POSTs each escalation and backup alert: http:// or https://.";

export function CreateWebhookForm({ onCreated }: { onCreated: (created: Created) => void }) {
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const create = useMutation({
    // The server's schema checks first here, so a typo is pointed out without a round trip.
    mutationFn: () => api<Created>("/api/webhooks", { body: parseInput(createWebhookSchema, { name, url }) }),
    onSuccess: (created) => {
      setName("");
      setUrl("");
      onCreated(created);
    },
  });
  const error = create.error ? toFormError(create.error) : null;
  const nameError = errorFor(error, "name");
  const urlError = errorFor(error, "url");
  const otherError = error && !nameError && !urlError ? error.message : null;

  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <FormField id="webhook-name" label="Webhook name" hint={NAME_HINT} error={nameError}>
          <input
            id="webhook-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            className={fieldClasses()}
            aria-invalid={!!nameError}
            aria-describedby={describedBy("webhook-name", { hint: NAME_HINT, error: nameError })}
          />
        </FormField>
        <FormField id="webhook-url" label="URL" hint={URL_HINT} error={urlError}>
          <input
            id="webhook-url"
            type="url"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder="https://status.example.com/hooks/muster"
            className={fieldClasses()}
            aria-invalid={!!urlError}
            aria-describedby={describedBy("webhook-url", { hint: URL_HINT, error: urlError })}
          />
        </FormField>
      </div>
      {otherError && <ErrorText>{otherError}</ErrorText>}
      <button type="submit" disabled={create.isPending} className={buttonClasses("primary")}>
        {create.isPending ? "Adding…" : "Add webhook"}
      </button>
    </form>
  );
}
