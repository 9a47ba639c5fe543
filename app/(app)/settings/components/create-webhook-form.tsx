"use client";
import type { WebhookSummary } from "@/app/(app)/settings/components/webhooks";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { createWebhookSchema } from "@/lib/webhooks/schema";

type Created = WebhookSummary & { secret: string };

export function CreateWebhookForm({ onCreated }: { onCreated: (created: Created) => void }) {
  const form = useSchemaForm({
    schema: createWebhookSchema,
    defaultValues: { name: "", url: "" },
    whenEmpty: { name: "Name the webhook after who receives it.", url: "Give the address Muster sends to." },
    send: async (input) => {
      const created = await api<Created>("/api/webhooks", { body: input });
      form.setValue("name", "");
      form.setValue("url", "");
      onCreated(created);
    },
  });

  return (
    <form noValidate className="space-y-3" onSubmit={form.submit}>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <SchemaField form={form} name="name" id="webhook-name" label="Webhook name" called="The webhook's name" hint="Who receives it, e.g. “Status page”.">
          {(control) => <input {...control} className={fieldClasses()} />}
        </SchemaField>
        <SchemaField form={form} name="url" id="webhook-url" label="URL" called="The address" hint="Where Muster POSTs each escalation and backup alert: http:// or https://.">
          {(control) => <input {...control} type="url" placeholder="https://status.example.com/hooks/muster" className={fieldClasses()} />}
        </SchemaField>
      </div>
      <FormRefusal form={form} />
      <button type="submit" disabled={form.sending} className={buttonClasses("primary")}>
        {form.sending ? "Adding…" : "Add webhook"}
      </button>
    </form>
  );
}
