"use client";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { usePlanEditForm } from "@/components/forms/use-plan-edit-form";
import { PlanRemoveButton } from "@/components/plan-remove-button";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { PlanTextField } from "@/components/plan-text-field";
import { fieldClasses } from "@/components/ui/field-classes";
import type { ContactRecord } from "@/lib/contacts/data";
import { createContactSchema, updateContactSchema } from "@/lib/contacts/schema";
import type { ContactKind } from "@/lib/generated/prisma/enums";
import type { Person } from "@/lib/users/data";

const FIELDS = [
  { field: "role", label: "Role", called: "The role", type: "text" },
  { field: "name", label: "Name", called: "The name", type: "text" },
  { field: "organisation", label: "Organisation", called: "The organisation", type: "text", optional: true },
  { field: "phone", label: "Phone", called: "The phone number", type: "tel" },
  { field: "email", label: "E-mail", called: "The e-mail address", type: "email" },
  { field: "backupName", label: "Backup", called: "The backup's name", type: "text", optional: true },
  { field: "accountId", label: "Account ID", called: "The account ID", type: "text", optional: true },
] as const;

type Field = (typeof FIELDS)[number]["field"];

const KINDS: readonly { value: ContactKind; label: string }[] = [
  { value: "response_team", label: "Response team" },
  { value: "external", label: "External contact (vendor, provider)" },
  { value: "escalation", label: "Escalation only" },
];

const NEW_CONTACT = { ...(Object.fromEntries(FIELDS.map(({ field }) => [field, ""])) as Record<Field, string>), userId: "", kind: "response_team" as ContactKind };

/**
 * A contact's details, edited (or, without one, added) by a plan admin; the page shows the saved
 * values once saved. Linked to a Muster user, the contact is notified in Muster when escalation
 * brings them in.
 */
export function ContactEditForm({ contact, people }: { contact?: ContactRecord; people: Person[] }) {
  const { form, refreshing } = usePlanEditForm({
    schema: contact ? updateContactSchema : createContactSchema,
    path: contact ? `/api/contacts/${contact.id}` : "/api/contacts",
    method: contact ? "PATCH" : "POST",
    emptyOnSave: !contact,
    defaultValues: contact
      ? { ...(Object.fromEntries(FIELDS.map(({ field }) => [field, contact[field] ?? ""])) as Record<Field, string>), userId: contact.userId ?? "", kind: contact.kind }
      : NEW_CONTACT,
    // An optional field left empty clears it; a contact's kind is chosen when it is added.
    toInput: ({ userId, kind, ...typed }) => ({
      ...(contact ? {} : { kind }),
      ...Object.fromEntries(FIELDS.map(({ field, ...rest }) => [field, "optional" in rest && typed[field].trim() === "" ? null : typed[field]])),
      userId: userId || null,
    }),
    whenEmpty: { role: "Say what the contact does in the plan.", name: "Give the contact's name.", phone: "Give a phone number to call.", email: "Give an e-mail address." },
  });
  const id = (field: string) => `contact-${contact?.key ?? "new"}-${field}`;
  const title = contact ? `Edit ${contact.role}` : "Add a contact";

  return (
    <details className={contact ? "border-t border-line pt-3" : "rounded-xl border border-line bg-surface p-4"}>
      <summary className={contact ? "cursor-pointer text-sm font-medium text-accent" : "cursor-pointer font-medium text-ink"}>{title}</summary>
      <form noValidate aria-label={title} className="mt-3 space-y-3" onSubmit={form.submit}>
        {!contact && (
          <SchemaField form={form} name="kind" id={id("kind")} label="Kind" called="The kind of contact">
            {(control) => (
              <select {...control} className={fieldClasses()}>
                {KINDS.map((kind) => (
                  <option key={kind.value} value={kind.value}>
                    {kind.label}
                  </option>
                ))}
              </select>
            )}
          </SchemaField>
        )}
        {FIELDS.map(({ field, label, called, type }) => (
          <PlanTextField key={field} form={form} name={field} id={id(field)} label={label} called={called} type={type} />
        ))}
        <SchemaField form={form} name="userId" id={id("userId")} label="Muster user" called="The Muster user" hint="Notified in Muster when escalation brings this contact in.">
          {(control) => (
            <select {...control} className={fieldClasses()}>
              <option value="">None</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </SchemaField>
        <FormRefusal form={form} />
        <PlanSaveFooter label={contact ? "Save contact" : "Add contact"} saving={form.sending} saved={form.formState.isSubmitSuccessful} refreshing={refreshing} />
      </form>
      {contact && <PlanRemoveButton name={contact.name} path={`/api/contacts/${contact.id}`} />}
    </details>
  );
}
