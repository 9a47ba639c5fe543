"use client";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { usePlanEditForm } from "@/components/forms/use-plan-edit-form";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { PlanTextField } from "@/components/plan-text-field";
import { fieldClasses } from "@/components/ui/field-classes";
import type { ContactRecord } from "@/lib/contacts/data";
import { updateContactSchema } from "@/lib/contacts/schema";
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

/**
 * A contact's details, edited by a plan admin; the page shows the saved values once saved. Linked to
 * a Muster user, the contact is notified in Muster when escalation brings them in.
 */
export function ContactEditForm({ contact, people }: { contact: ContactRecord; people: Person[] }) {
  const { form, refreshing } = usePlanEditForm({
    schema: updateContactSchema,
    path: `/api/contacts/${contact.id}`,
    defaultValues: { ...(Object.fromEntries(FIELDS.map(({ field }) => [field, contact[field] ?? ""])) as Record<Field, string>), userId: contact.userId ?? "" },
    // An optional field left empty clears it.
    toInput: ({ userId, ...typed }) => ({
      ...Object.fromEntries(FIELDS.map(({ field, ...rest }) => [field, "optional" in rest && typed[field].trim() === "" ? null : typed[field]])),
      userId: userId || null,
    }),
    whenEmpty: { role: "Say what the contact does in the plan.", name: "Give the contact's name.", phone: "Give a phone number to call.", email: "Give an e-mail address." },
  });
  const id = (field: string) => `contact-${contact.key}-${field}`;

  return (
    <details className="border-t border-line pt-3">
      <summary className="cursor-pointer text-sm font-medium text-accent">Edit {contact.role}</summary>
      <form noValidate aria-label={`Edit ${contact.role}`} className="mt-3 space-y-3" onSubmit={form.submit}>
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
        <PlanSaveFooter label="Save contact" saving={form.sending} saved={form.formState.isSubmitSuccessful} refreshing={refreshing} />
      </form>
    </details>
  );
}
