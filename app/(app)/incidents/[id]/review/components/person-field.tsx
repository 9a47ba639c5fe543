"use client";
import type { FieldValues, Path } from "react-hook-form";
import type { SchemaForm } from "@/components/forms/use-schema-form";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";

const SOMEONE_ELSE = "someone-else";

/** Where the list starts: nobody chosen, or "Someone else…" when there is no user to choose. */
export function firstChoice(users: readonly unknown[]): string {
  return users.length === 0 ? SOMEONE_ELSE : "";
}

/** What the form sends: the user chosen, or the name typed for someone else; never both. */
export function personOf(chosen: string, typed: string): { user?: string; other?: string } {
  if (chosen === SOMEONE_ELSE) return { other: typed.trim() || undefined };
  return { user: chosen || undefined };
}

type PersonFieldProps<Values extends FieldValues> = {
  form: SchemaForm<Values>;
  id: string;
  label: string;
  users: { id: string; name: string }[];
  /** The form's fields it fills: the choice from the list, and the name typed for someone who is not a user. */
  names: { user: Path<Values>; other: Path<Values> };
};

/** A Muster user from the list, or "Someone else…" and a name: a vendor, a role such as "DevOps Lead". */
export function PersonField<Values extends FieldValues>({ form, id, label, users, names }: PersonFieldProps<Values>) {
  const other = form.watch(names.user) === SOMEONE_ELSE;
  const error = form.errorOf(names.user, label) ?? form.errorOf(names.other, label);
  const otherId = `${id}-name`;
  return (
    <div className="space-y-3">
      <FormField id={id} label={label} error={other ? null : error}>
        <select
          id={id}
          {...form.register(names.user)}
          aria-invalid={!other && error ? true : undefined}
          aria-describedby={describedBy(id, { error: other ? null : error })}
          className={fieldClasses()}
        >
          <option value="" disabled>
            Choose…
          </option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
            </option>
          ))}
          <option value={SOMEONE_ELSE}>Someone else…</option>
        </select>
      </FormField>
      {other && (
        <FormField id={otherId} label={`${label}: name`} error={error}>
          <input
            id={otherId}
            {...form.register(names.other)}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(otherId, { error })}
            className={fieldClasses()}
          />
        </FormField>
      )}
    </div>
  );
}
