"use client";
import { useState } from "react";
import { firstChoice, PersonField, personOf } from "@/app/(app)/incidents/[id]/review/components/person-field";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { ACTION_ITEM_PRIORITY_LABELS } from "@/components/action-item-badges";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { createActionItemSchema, type CreateActionItemInput } from "@/lib/action-items/schema";
import { ActionItemPriority } from "@/lib/generated/prisma/enums";
import type { Person } from "@/lib/users/data";

type AddActionItemFormProps = {
  incidentId: string;
  people: Person[];
  /** The finding the item acts on: its words start the title, and the item is linked to it. */
  finding?: { id: string; text: string };
  onAdded?: () => void;
};

// An action item's title holds at most 200 characters (lib/action-items/schema.ts).
const TITLE_MAX = 200;

function ActionItemFields({ incidentId, people, finding, onAdded }: AddActionItemFormProps & { onAdded: () => void }) {
  const prefix = finding ? `finding-${finding.id}-action-item` : "action-item";
  const add = useReviewWrite(incidentId, (item: CreateActionItemInput) =>
    api(`/api/incidents/${incidentId}/review/action-items`, { body: item }).then(() => null),
  );
  const form = useSchemaForm({
    schema: createActionItemSchema,
    defaultValues: { title: finding?.text.slice(0, TITLE_MAX) ?? "", ownerId: firstChoice(people), ownerName: "", dueDate: "", priority: "medium" as ActionItemPriority },
    toInput: ({ title, ownerId, ownerName, dueDate, priority }) => {
      const { user, other } = personOf(ownerId, ownerName);
      return { title: title.trim(), ownerId: user, ownerName: other, dueDate: dueDate || undefined, priority, findingId: finding?.id };
    },
    whenEmpty: { title: "Say what is to be done.", ownerName: "Name an owner: pick a user or type a name." },
    send: async (item) => {
      await add.mutateAsync(item);
      onAdded();
    },
  });
  return (
    <form noValidate className="space-y-4 rounded-xl border border-line bg-surface p-4 sm:p-5 print:hidden" onSubmit={form.submit}>
      <h3 className="font-semibold text-ink">{finding ? "An action item for this finding" : "Add an action item"}</h3>
      <SchemaField form={form} name="title" id={`${prefix}-title`} label="Action item" called="The action item">
        {(control) => <input {...control} autoComplete="off" className={fieldClasses()} />}
      </SchemaField>
      <div className="grid gap-4 sm:grid-cols-3">
        <PersonField form={form} id={`${prefix}-owner`} label="Owner" users={people} names={{ user: "ownerId", other: "ownerName" }} />
        <SchemaField form={form} name="dueDate" id={`${prefix}-due`} label="Due date" called="The due date">
          {(control) => <input {...control} type="date" className={fieldClasses()} />}
        </SchemaField>
        <SchemaField form={form} name="priority" id={`${prefix}-priority`} label="Priority">
          {(control) => (
            <select {...control} className={fieldClasses()}>
              {Object.values(ActionItemPriority).map((priority) => (
                <option key={priority} value={priority}>
                  {ACTION_ITEM_PRIORITY_LABELS[priority]}
                </option>
              ))}
            </select>
          )}
        </SchemaField>
      </div>
      <FormRefusal form={form} />
      <button type="submit" disabled={form.sending} className={buttonClasses("primary")}>
        Add action item
      </button>
    </form>
  );
}

/** A new action item for the review: what, who owns it, by when, how urgent. */
export function AddActionItemForm({ onAdded, ...props }: AddActionItemFormProps) {
  // A new form after each addition: empty, with the user list back in place of a typed owner.
  const [added, setAdded] = useState(0);
  return (
    <ActionItemFields
      key={added}
      {...props}
      onAdded={() => {
        setAdded((count) => count + 1);
        onAdded?.();
      }}
    />
  );
}
