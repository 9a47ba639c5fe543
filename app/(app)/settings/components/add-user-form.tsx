"use client";
import type { UserWithAccess } from "@/app/(app)/settings/components/users";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { ROLE_LABELS } from "@/components/role-labels";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { UserRole } from "@/lib/generated/prisma/enums";
import { addUserSchema, PASSWORD_ACCESS } from "@/lib/users/schema";

export const ACCESS_LABELS: Record<(typeof PASSWORD_ACCESS)[number], string> = {
  invitation: "Invitation link",
  "one-time-password": "One-time password",
};

/** An admin adds a person: name, e-mail, role, and how they get their password. */
export function AddUserForm({ onAdded }: { onAdded: (added: UserWithAccess) => void }) {
  const form = useSchemaForm({
    schema: addUserSchema,
    defaultValues: { name: "", email: "", role: "responder" as UserRole, access: "invitation" as (typeof PASSWORD_ACCESS)[number] },
    whenEmpty: { name: "Give the person's name.", email: "Give the e-mail address they sign in with." },
    send: async (input) => {
      const added = await api<UserWithAccess>("/api/users", { body: input });
      // The next person is often added with the same role and access.
      form.setValue("name", "");
      form.setValue("email", "");
      onAdded(added);
    },
  });

  return (
    <form noValidate aria-label="Add a user" className="space-y-4 rounded-xl border border-line bg-surface p-5" onSubmit={form.submit}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SchemaField form={form} name="name" id="new-user-name" label="Name" called="The name">
          {(control) => <input {...control} autoComplete="off" className={fieldClasses()} />}
        </SchemaField>
        <SchemaField form={form} name="email" id="new-user-email" label="E-mail" called="The e-mail address">
          {(control) => <input {...control} type="email" autoComplete="off" className={fieldClasses()} />}
        </SchemaField>
        <SchemaField form={form} name="role" id="new-user-role" label="Role" called="The role">
          {(control) => (
            <select {...control} className={fieldClasses()}>
              {Object.values(UserRole).map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          )}
        </SchemaField>
        <SchemaField
          form={form}
          name="access"
          id="new-user-access"
          label="Password"
          called="The way to a password"
          hint="With an invitation link they choose their own; a one-time password you pass on yourself."
        >
          {(control) => (
            <select {...control} className={fieldClasses()}>
              {PASSWORD_ACCESS.map((access) => (
                <option key={access} value={access}>
                  {ACCESS_LABELS[access]}
                </option>
              ))}
            </select>
          )}
        </SchemaField>
      </div>
      <FormRefusal form={form} />
      <button type="submit" disabled={form.sending} className={buttonClasses("primary")}>
        {form.sending ? "Adding…" : "Add user"}
      </button>
    </form>
  );
}
