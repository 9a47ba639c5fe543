"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { approvePlanSchema } from "@/lib/plan/approvals/schema";

/** For a plan admin: records that the version in force is approved, by them, now. */
export function ApprovePlanForm({ version }: { version: string }) {
  const router = useRouter();
  const [approved, setApproved] = useState(false);
  const form = useSchemaForm({
    schema: approvePlanSchema,
    defaultValues: { note: "" },
    toInput: ({ note }) => (note.trim() ? { note } : {}),
    send: async (input) => {
      await api("/api/plan/approvals", { body: input });
      form.reset({ note: "" });
      setApproved(true);
      router.refresh();
    },
  });
  return (
    <form onSubmit={form.submit} noValidate className="mt-4 max-w-xl space-y-3 rounded-lg border border-line bg-canvas p-3">
      <SchemaField form={form} name="note" id="approval-note" label="Note (optional)" called="The note" hint="Where or how it was approved, such as “at the quarterly review”.">
        {(control) => <input {...control} type="text" maxLength={500} autoComplete="off" className={fieldClasses()} />}
      </SchemaField>
      <FormRefusal form={form} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={form.sending} className={buttonClasses("primary")}>
          {form.sending ? "Recording…" : `Approve version ${version}`}
        </button>
        {approved && (
          <p role="status" className="text-sm text-ok">
            Approval recorded
          </p>
        )}
      </div>
    </form>
  );
}
