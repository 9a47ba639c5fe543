"use client";
import { FormRefusal } from "@/components/forms/schema-field";
import { usePlanEditForm } from "@/components/forms/use-plan-edit-form";
import { PlanOrderedPicker, type PickerOption } from "@/components/plan-ordered-picker";
import { PlanRemoveButton } from "@/components/plan-remove-button";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { asNumber, PlanTextField } from "@/components/plan-text-field";
import type { EscalationLevelWithContacts } from "@/lib/escalation/data";
import { createEscalationLevelSchema, updateEscalationLevelSchema } from "@/lib/escalation/schema";

const NEW_LEVEL = { name: "", afterMinutes: "", untilMinutes: "", audience: "", contactIds: [] as string[] };

/**
 * An escalation level, edited (or, without one, added) by a plan admin: its name, when it fires and
 * ends, and whom it brings in.
 */
export function EscalationLevelEditForm({ level, contacts }: { level?: EscalationLevelWithContacts; contacts: PickerOption[] }) {
  const { form, refreshing } = usePlanEditForm({
    schema: level ? updateEscalationLevelSchema : createEscalationLevelSchema,
    path: level ? `/api/escalation-levels/${level.id}` : "/api/escalation-levels",
    method: level ? "PATCH" : "POST",
    emptyOnSave: !level,
    defaultValues: level
      ? {
          name: level.name,
          afterMinutes: String(level.afterMinutes),
          untilMinutes: level.untilMinutes?.toString() ?? "",
          audience: level.audience,
          contactIds: level.contacts.map((contact) => contact.id),
        }
      : NEW_LEVEL,
    toInput: ({ afterMinutes, untilMinutes, ...typed }) => ({ ...typed, afterMinutes: asNumber(afterMinutes), untilMinutes: asNumber(untilMinutes) }),
    whenEmpty: { name: "Give the level a name.", afterMinutes: "Say after how many minutes the level fires.", audience: "Say whom the level brings in." },
  });
  const id = (field: string) => `level-${level?.key ?? "new"}-${field}`;
  const title = level ? `Edit ${level.name}` : "Add an escalation level";

  return (
    <details className={level ? "mt-3 border-t border-line pt-3 md:col-span-2" : "rounded-xl border border-line bg-surface p-4"}>
      <summary className={level ? "cursor-pointer text-sm font-medium text-accent" : "cursor-pointer font-medium text-ink"}>{title}</summary>
      <form noValidate aria-label={title} className="mt-3 space-y-4" onSubmit={form.submit}>
        <PlanTextField form={form} name="name" id={id("name")} label="Name" called="The name" />
        <div className="grid gap-4 sm:grid-cols-2">
          <PlanTextField
            form={form}
            name="afterMinutes"
            id={id("afterMinutes")}
            label="Fires after (minutes)"
            called="The time it fires after"
            hint="From detection; after the level before it ends."
            numeric
          />
          <PlanTextField
            form={form}
            name="untilMinutes"
            id={id("untilMinutes")}
            label="Until (minutes)"
            called="The time it lasts until"
            hint="When the next level takes over; empty for the last."
            numeric
          />
        </div>
        <PlanTextField form={form} name="audience" id={id("audience")} label="Audience" called="The audience" hint="Who it brings in, in words." />
        <PlanOrderedPicker
          id={id("contactIds")}
          legend="Contacts it brings in"
          options={contacts}
          chosen={form.watch("contactIds")}
          onChange={(chosen) => form.setValue("contactIds", chosen)}
          error={form.errorOf("contactIds", "The list of contacts")}
          empty="Nobody yet: add at least one contact."
        />
        <FormRefusal form={form} />
        <PlanSaveFooter label={level ? "Save level" : "Add level"} saving={form.sending} saved={form.formState.isSubmitSuccessful} refreshing={refreshing} />
      </form>
      {level && <PlanRemoveButton name={level.name} path={`/api/escalation-levels/${level.id}`} />}
    </details>
  );
}
