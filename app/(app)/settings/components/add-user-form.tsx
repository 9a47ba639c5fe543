"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { UserWithAccess } from "@/app/(app)/settings/components/users";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { ROLE_LABELS } from "@/components/role-labels";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { FormField } from "@/components/ui/form-field";
import { UserRole } from "@/lib/generated/prisma/enums";
import { PASSWORD_ACCESS } from "@/lib/users/schema";

export const ACCESS_LABELS: Record<(typeof PASSWORD_ACCESS)[number], string> = {
  invitation: "Invitation link",
  "one-time-password": "One-time password",
};

/** An admin adds a person: name, e-mail, role, and how they get their password. */
export function AddUserForm({ onAdded }: { onAdded: (added: UserWithAccess) => void }) {
  const [fields, setFields] = useState({ name: "", email: "", role: "responder", access: "invitation" });
  const set = (field: keyof typeof fields) => (event: { target: { value: string } }) => setFields((current) => ({ ...current, [field]: event.target.value }));
  const add = useMutation({
    mutationFn: () => api<UserWithAccess>("/api/users", { body: fields }),
    onSuccess: (added) => {
      setFields((current) => ({ ...current, name: "", email: "" }));
      onAdded(added);
    },
  });
  const error = add.error ? toFormError(add.error) : null;
  const other = error && !["name", "email", "role", "access"].some((field) => errorFor(error, field)) ? error.message : null;

  return (
    <form
      noValidate
      aria-label="Add a user"
      className="space-y-4 rounded-xl border border-line bg-surface p-5"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate();
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="new-user-name" label="Name" error={errorFor(error, "name")}>
          <input id="new-user-name" value={fields.name} onChange={set("name")} autoComplete="off" className={fieldClasses()} aria-invalid={!!errorFor(error, "name")} />
        </FormField>
        <FormField id="new-user-email" label="E-mail" error={errorFor(error, "email")}>
          <input id="new-user-email" type="email" value={fields.email} onChange={set("email")} autoComplete="off" className={fieldClasses()} aria-invalid={!!errorFor(error, "email")} />
        </FormField>
        <FormField id="new-user-role" label="Role" error={errorFor(error, "role")}>
          <select id="new-user-role" value={fields.role} onChange={set("role")} className={fieldClasses()}>
            {Object.values(UserRole).map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id="new-user-access"
          label="Password"
          hint="With an invitation link they choose their own; a one-time password you pass on yourself."
          error={errorFor(error, "access")}
        >
          <select id="new-user-access" value={fields.access} onChange={set("access")} aria-describedby="new-user-access-hint" className={fieldClasses()}>
            {PASSWORD_ACCESS.map((access) => (
              <option key={access} value={access}>
                {ACCESS_LABELS[access]}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      {other && <ErrorText>{other}</ErrorText>}
      <button type="submit" disabled={add.isPending} className={buttonClasses("primary")}>
        {add.isPending ? "Adding…" : "Add user"}
      </button>
    </form>
  );
}
