"use client";
import { useState } from "react";
import { PersonField } from "@/app/(app)/incidents/[id]/review/components/person-field";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { ACTION_ITEM_PRIORITY_LABELS } from "@/components/action-item-badges";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import type { CreateActionItemInput } from "@/lib/action-items/schema";
import { ActionItemPriority } from "@/lib/generated/prisma/enums";
import type { Person } from "@/lib/users/data";

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim() || undefined;

type AddActionItemFormProps = {
  incidentId: string;
  people: Person[];
  /** The finding the item acts on: its words start the title, and the item is linked to it. */
  finding?: { id: string; text: string };
  onAdded?: () => void;
};

// An action item's title holds at most 200 characters (lib/action-items/schema.ts).
const TITLE_MAX = 200;

/** A new action item for the review: what, who owns it, by when, how urgent. */
export function AddActionItemForm({ incidentId, people, finding, onAdded }: AddActionItemFormProps) {
  const prefix = finding ? `finding-${finding.id}-action-item` : "action-item";
  // A new form after each addition: empty, with the user list back in place of a typed owner.
  const [added, setAdded] = useState(0);
  const add = useReviewWrite(incidentId, (item: CreateActionItemInput) =>
    api(`/api/incidents/${incidentId}/review/action-items`, { body: item }).then(() => null),
  );
  const error = add.error ? toFormError(add.error) : null;
  const fieldError = (field: string) => errorFor(error, field);
  const ownerError = fieldError("ownerId") ?? fieldError("ownerName");
  const shown = ["title", "ownerId", "ownerName", "dueDate", "priority"];
  return (
    <form
      key={added}
      noValidate
      className="space-y-4 rounded-xl border border-line bg-surface p-4 sm:p-5 print:hidden"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const item = {
          title: text(form, "title") ?? "",
          ownerId: text(form, "ownerId"),
          ownerName: text(form, "ownerName"),
          dueDate: text(form, "dueDate"),
          priority: form.get("priority") as ActionItemPriority,
          findingId: finding?.id,
        };
        add.mutate(item, {
          onSuccess: () => {
            setAdded((count) => count + 1);
            onAdded?.();
          },
        });
      }}
    >
      <h3 className="font-semibold text-ink">{finding ? "An action item for this finding" : "Add an action item"}</h3>
      <FormField id={`${prefix}-title`} label="Action item" error={fieldError("title")}>
        <input
          id={`${prefix}-title`}
          name="title"
          autoComplete="off"
          defaultValue={finding?.text.slice(0, TITLE_MAX)}
          aria-invalid={fieldError("title") ? true : undefined}
          aria-describedby={describedBy(`${prefix}-title`, { error: fieldError("title") })}
          className={fieldClasses()}
        />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-3">
        <PersonField id={`${prefix}-owner`} label="Owner" users={people} names={{ user: "ownerId", other: "ownerName" }} error={ownerError} />
        <FormField id={`${prefix}-due`} label="Due date" error={fieldError("dueDate")}>
          <input id={`${prefix}-due`} name="dueDate" type="date" aria-invalid={fieldError("dueDate") ? true : undefined} className={fieldClasses()} />
        </FormField>
        <FormField id={`${prefix}-priority`} label="Priority" error={fieldError("priority")}>
          <select id={`${prefix}-priority`} name="priority" defaultValue="medium" className={fieldClasses()}>
            {Object.values(ActionItemPriority).map((priority) => (
              <option key={priority} value={priority}>
                {ACTION_ITEM_PRIORITY_LABELS[priority]}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      {error && !shown.includes(error.field ?? "") && <ErrorText>{error.message}</ErrorText>}
      <button type="submit" disabled={add.isPending} className={buttonClasses("primary")}>
        Add action item
      </button>
    </form>
  );
}
