"use client";
import type { WebhookSummary } from "@/app/(app)/settings/components/webhooks";
import { WEBHOOK_FORMATS } from "@/app/(app)/settings/components/webhook-formats";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { WebhookFormat } from "@/lib/generated/prisma/enums";
import { NOTICE_EVENTS, type NoticeEvent } from "@/lib/webhooks/events";
import { createWebhookSchema } from "@/lib/webhooks/schema";

type Created = WebhookSummary & { secret: string };
type Typed = { name: string; url: string; format: WebhookFormat; events: NoticeEvent[] };

const EMPTY: Typed = { name: "", url: "", format: "generic", events: [] };

export function CreateWebhookForm({ onCreated }: { onCreated: (created: Created) => void }) {
  const form = useSchemaForm({
    schema: createWebhookSchema,
    defaultValues: EMPTY,
    // An unticked group is false to react-hook-form, not an empty list.
    toInput: (typed) => ({ ...typed, events: Array.isArray(typed.events) ? typed.events : [] }),
    whenEmpty: { name: "Name the destination after the channel or receiver.", url: "Give the address Muster sends to." },
    send: async (input) => {
      const created = await api<Created>("/api/webhooks", { body: input });
      form.reset(EMPTY);
      onCreated(created);
    },
  });
  const format = form.watch("format");
  const kind = WEBHOOK_FORMATS[format];
  const eventsError = form.errorOf("events", "The events");

  return (
    <form noValidate aria-label="Add a webhook or chat destination" className="space-y-4" onSubmit={form.submit}>
      <div className="grid gap-3 sm:grid-cols-2">
        <SchemaField form={form} name="format" id="webhook-format" label="Platform" called="The platform">
          {(control) => (
            <select {...control} className={fieldClasses()}>
              {Object.entries(WEBHOOK_FORMATS).map(([value, { label }]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </SchemaField>
        <SchemaField form={form} name="name" id="webhook-name" label="Destination name" called="The name" hint="The channel or receiver, e.g. “#incidents”.">
          {(control) => <input {...control} className={fieldClasses()} />}
        </SchemaField>
      </div>
      <SchemaField form={form} name="url" id="webhook-url" label="URL" called="The address" hint={kind.hint}>
        {(control) => <input {...control} type="url" inputMode="url" placeholder={kind.placeholder} className={fieldClasses()} />}
      </SchemaField>
      <fieldset aria-describedby={eventsError ? "webhook-events-error" : "webhook-events-hint"}>
        <legend className="text-sm font-medium text-ink">Events it receives</legend>
        <p id="webhook-events-hint" className="text-sm text-ink-muted">
          {format === "generic" ? "None ticked: every event." : "Pick at least one: a channel that hears everything is a channel people mute."}
        </p>
        <div className="mt-2 grid gap-x-4 sm:grid-cols-2">
          {Object.entries(NOTICE_EVENTS).map(([event, label]) => (
            <label key={event} className="flex min-h-10 items-center gap-2 text-sm text-ink">
              <input type="checkbox" className="size-4" value={event} {...form.register("events")} />
              {label}
            </label>
          ))}
        </div>
        {eventsError && <ErrorText id="webhook-events-error">{eventsError}</ErrorText>}
      </fieldset>
      <FormRefusal form={form} />
      <button type="submit" disabled={form.sending} className={buttonClasses("primary")}>
        {form.sending ? "Adding…" : format === "generic" ? "Add webhook" : "Add destination"}
      </button>
    </form>
  );
}
