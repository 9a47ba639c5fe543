"use client";
import { useFieldArray } from "react-hook-form";
import { FormRefusal } from "@/components/forms/schema-field";
import { usePlanEditForm } from "@/components/forms/use-plan-edit-form";
import { linesOf } from "@/components/plan-lines-field";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import type { PlanListWithItems } from "@/lib/plan/data";
import { replacePlanListSchema } from "@/lib/plan/schema";

const DETAILS_HINT = "One a line; may be empty.";

/** One of the plan's lists, edited by a plan admin: its items in order, each with the points under it. */
export function PlanListEditor({ list }: { list: PlanListWithItems }) {
  const { form, refreshing } = usePlanEditForm({
    schema: replacePlanListSchema,
    path: `/api/plan/lists/${list.key}`,
    method: "PUT",
    defaultValues: { items: list.items.map((item) => ({ text: item.text, details: item.details.join("\n") })) },
    toInput: ({ items }) => ({ items: items.map((row) => ({ text: row.text, details: linesOf(row.details) })) }),
  });
  const rows = useFieldArray({ control: form.control, name: "items" });
  // The schema's first refusal inside the list, and where: "items.2.text" stands beside item 3's text.
  const refusedAt = form.refusedAt("items");
  const errorAt = (index: number, part: "text" | "details", label: string) =>
    refusedAt === `items.${index}.${part}` || refusedAt?.startsWith(`items.${index}.${part}.`) ? form.errorOf("items", label) : null;
  const listError = refusedAt === undefined || refusedAt === "items" ? form.errorOf("items", "The list") : null;
  const id = (key: string, part: string) => `list-${list.key}-${key}-${part}`;
  /** Moves a row, keeping the focus on the button that moved it, or its other one at an end. */
  const moveTo = (index: number, to: number) => {
    const moved = rows.fields[index].id;
    const button = to === 0 ? "down" : to === rows.fields.length - 1 ? "up" : to < index ? "up" : "down";
    rows.move(index, to);
    requestAnimationFrame(() => document.getElementById(id(moved, button))?.focus());
  };

  return (
    <details className="mt-4 border-t border-line pt-3">
      <summary className="cursor-pointer text-sm font-medium text-accent">Edit {list.title}</summary>
      <form noValidate aria-label={`Edit ${list.title}`} className="mt-4 space-y-5" onSubmit={form.submit}>
        <ol className="space-y-5">
          {rows.fields.map((row, index) => {
            const textError = errorAt(index, "text", `Item ${index + 1}`);
            const detailsError = errorAt(index, "details", `The points under item ${index + 1}`);
            return (
              <li key={row.id} className="space-y-2">
                <FormField id={id(row.id, "text")} label={`Item ${index + 1}`} error={textError}>
                  <input
                    id={id(row.id, "text")}
                    {...form.register(`items.${index}.text`)}
                    className={fieldClasses()}
                    aria-invalid={!!textError}
                    aria-describedby={describedBy(id(row.id, "text"), { error: textError })}
                  />
                </FormField>
                <FormField id={id(row.id, "details")} label="Points under it" hint={DETAILS_HINT} error={detailsError}>
                  <textarea
                    id={id(row.id, "details")}
                    rows={2}
                    {...form.register(`items.${index}.details`)}
                    className={fieldClasses("resize-y py-2")}
                    aria-invalid={!!detailsError}
                    aria-describedby={describedBy(id(row.id, "details"), { hint: DETAILS_HINT, error: detailsError })}
                  />
                </FormField>
                <div className="flex flex-wrap gap-2">
                  <button id={id(row.id, "up")} type="button" disabled={index === 0} onClick={() => moveTo(index, index - 1)} aria-label={`Move item ${index + 1} up`} className={buttonClasses("secondary")}>
                    Up
                  </button>
                  <button
                    id={id(row.id, "down")}
                    type="button"
                    disabled={index === rows.fields.length - 1}
                    onClick={() => moveTo(index, index + 1)}
                    aria-label={`Move item ${index + 1} down`}
                    className={buttonClasses("secondary")}
                  >
                    Down
                  </button>
                  <button type="button" onClick={() => rows.remove(index)} aria-label={`Remove item ${index + 1}`} className={buttonClasses("secondary")}>
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={() => rows.append({ text: "", details: "" })} className={buttonClasses("secondary")}>
          Add an item
        </button>
        {listError && <ErrorText>{listError}</ErrorText>}
        <FormRefusal form={form} />
        <PlanSaveFooter label="Save list" saving={form.sending} saved={form.formState.isSubmitSuccessful} refreshing={refreshing} />
      </form>
    </details>
  );
}
