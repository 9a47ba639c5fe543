"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { PlanTextField } from "@/components/plan-text-field";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { FormField } from "@/components/ui/form-field";
import type { ContactRecord } from "@/lib/contacts/data";
import { updateContactSchema } from "@/lib/contacts/schema";
import type { Person } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

const FIELDS = [
  { field: "role", label: "Role", type: "text" },
  { field: "name", label: "Name", type: "text" },
  { field: "organisation", label: "Organisation", type: "text", optional: true },
  { field: "phone", label: "Phone", type: "tel" },
  { field: "email", label: "E-mail", type: "email" },
  { field: "backupName", label: "Backup", type: "text", optional: true },
  { field: "accountId", label: "Account ID", type: "text", optional: true },
] as const;

type Field = (typeof FIELDS)[number]["field"];

/**
 * A contact's details, edited by a plan admin; the page shows the saved values once saved. Linked to
 * a Muster user, the contact is notified in Muster when escalation brings them in.
 */
export function ContactEditForm({ contact, people }: { contact: ContactRecord; people: Person[] }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [fields, setFields] = useState<Record<Field, string>>(() =>
    Object.fromEntries(FIELDS.map(({ field }) => [field, contact[field] ?? ""])) as Record<Field, string>,
  );
  const [userId, setUserId] = useState(contact.userId ?? "");
  const save = useMutation({
    mutationFn: () => {
      // An optional field left empty clears it.
      const input = Object.fromEntries(FIELDS.map(({ field, ...rest }) => [field, "optional" in rest && fields[field].trim() === "" ? null : fields[field]]));
      return api(`/api/contacts/${contact.id}`, { method: "PATCH", body: parseInput(updateContactSchema, { ...input, userId: userId || null }) });
    },
    onSuccess: () => startTransition(() => router.refresh()),
  });
  const error = save.error ? toFormError(save.error) : null;
  const id = (field: string) => `contact-${contact.key}-${field}`;
  const other = error && ![...FIELDS.map(({ field }) => field), "userId"].some((field) => errorFor(error, field)) ? error.message : null;

  return (
    <details className="border-t border-line pt-3">
      <summary className="cursor-pointer text-sm font-medium text-accent">Edit {contact.role}</summary>
      <form
        noValidate
        aria-label={`Edit ${contact.role}`}
        className="mt-3 space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        {FIELDS.map(({ field, label, type }) => (
          <PlanTextField
            key={field}
            id={id(field)}
            label={label}
            type={type}
            value={fields[field]}
            onChange={(value) => setFields((current) => ({ ...current, [field]: value }))}
            error={errorFor(error, field)}
          />
        ))}
        <FormField id={id("userId")} label="Muster user" hint="Notified in Muster when escalation brings this contact in." error={errorFor(error, "userId")}>
          <select
            id={id("userId")}
            value={userId}
            onChange={(event) => setUserId(event.target.value)}
            aria-describedby={`${id("userId")}-hint`}
            className={fieldClasses()}
          >
            <option value="">None</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </FormField>
        {other && <ErrorText>{other}</ErrorText>}
        <PlanSaveFooter label="Save contact" saving={save.isPending} saved={save.isSuccess} refreshing={refreshing} />
      </form>
    </details>
  );
}
