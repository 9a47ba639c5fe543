"use client";
import { SchemaField, FormRefusal } from "@/components/forms/schema-field";
import { usePlanEditForm } from "@/components/forms/use-plan-edit-form";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { fieldClasses } from "@/components/ui/field-classes";
import { markMajorVersionSchema } from "@/lib/plan/schema";

/** For a plan admin: marks the plan's next version as a major one, with a note saying why. */
export function MarkMajorVersionForm() {
  const { form, refreshing } = usePlanEditForm({
    schema: markMajorVersionSchema,
    path: "/api/plan/versions",
    method: "POST",
    emptyOnSave: true,
    defaultValues: { note: "" },
    whenEmpty: { note: "Say why this version is a major one." },
  });
  return (
    <form noValidate aria-label="Mark a major version" className="max-w-2xl space-y-3" onSubmit={form.submit}>
      <SchemaField form={form} name="note" id="major-version-note" label="Note" called="The note" hint="Why this version is a major one.">
        {(control) => <textarea {...control} rows={3} className={fieldClasses("py-2")} />}
      </SchemaField>
      <FormRefusal form={form} />
      <PlanSaveFooter label="Mark major version" saving={form.sending} saved={form.formState.isSubmitSuccessful} refreshing={refreshing} />
    </form>
  );
}
