"use client";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { createTokenSchema } from "@/lib/api-tokens/schema";

type Created = { id: string; name: string; prefix: string; createdAt: string; token: string };

export function CreateTokenForm({ onCreated }: { onCreated: (created: Created) => void }) {
  const form = useSchemaForm({
    schema: createTokenSchema,
    defaultValues: { name: "" },
    whenEmpty: { name: "Name the token after what will use it." },
    send: async (input) => {
      const created = await api<Created>("/api/tokens", { body: input });
      form.setValue("name", "");
      onCreated(created);
    },
  });

  return (
    <form noValidate aria-label="Create a token" className="space-y-2" onSubmit={form.submit}>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <SchemaField form={form} name="name" id="token-name" label="Token name" called="The token's name" hint="What will use it, e.g. “Monitoring”.">
            {(control) => <input {...control} autoComplete="off" className={fieldClasses()} />}
          </SchemaField>
        </div>
        <button type="submit" disabled={form.sending} className={buttonClasses("primary", "sm:mb-7")}>
          {form.sending ? "Creating…" : "Create token"}
        </button>
      </div>
      <FormRefusal form={form} />
    </form>
  );
}
