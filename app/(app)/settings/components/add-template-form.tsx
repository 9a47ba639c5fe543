"use client";
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { usePlanEditForm } from "@/components/forms/use-plan-edit-form";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { PlanTextField } from "@/components/plan-text-field";
import { fieldClasses } from "@/components/ui/field-classes";
import { createTemplateSchema } from "@/lib/communications/schema";
import { Audience } from "@/lib/generated/prisma/enums";

const EMPTY = { name: "", audience: "internal" as Audience, subject: "", body: "" };

/** A new communication template, added at the end of the list; the list shows it once added. */
export function AddTemplateForm() {
  const { form, refreshing } = usePlanEditForm({
    schema: createTemplateSchema,
    path: "/api/communication-templates",
    method: "POST",
    emptyOnSave: true,
    defaultValues: EMPTY,
    whenEmpty: { name: "Give the template a name.", body: "Write the template's text." },
  });

  return (
    <details className="rounded-xl border border-line bg-surface p-4">
      <summary className="cursor-pointer font-medium text-ink">Add a template</summary>
      <form noValidate aria-label="Add a template" className="mt-4 space-y-4" onSubmit={form.submit}>
        <PlanTextField form={form} name="name" id="new-template-name" label="Name" called="The name" />
        <SchemaField form={form} name="audience" id="new-template-audience" label="For" called="The audience">
          {(control) => (
            <select {...control} className={fieldClasses()}>
              {Object.values(Audience).map((audience) => (
                <option key={audience} value={audience}>
                  {AUDIENCE_LABELS[audience]}
                </option>
              ))}
            </select>
          )}
        </SchemaField>
        <PlanTextField form={form} name="subject" id="new-template-subject" label="Headline" called="The headline" />
        <SchemaField form={form} name="body" id="new-template-body" label="Text" called="The text">
          {(control) => <textarea {...control} rows={5} className={fieldClasses("resize-y py-2 font-mono text-sm")} />}
        </SchemaField>
        <FormRefusal form={form} />
        <PlanSaveFooter label="Add template" saving={form.sending} saved={form.formState.isSubmitSuccessful} refreshing={refreshing} />
      </form>
    </details>
  );
}
