"use client";
import { useState } from "react";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";

const SOMEONE_ELSE = "someone-else";

type PersonFieldProps = {
  id: string;
  label: string;
  users: { id: string; name: string }[];
  /** The form fields it fills: a user's id, or the name typed for someone who is not a user. */
  names: { user: string; other: string };
  error: string | null;
};

/** A Muster user from the list, or "Someone else…" and a name: a vendor, a role such as "DevOps Lead". */
export function PersonField({ id, label, users, names, error }: PersonFieldProps) {
  const [other, setOther] = useState(users.length === 0);
  const otherId = `${id}-name`;
  return (
    <div className="space-y-3">
      <FormField id={id} label={label} error={other ? null : error}>
        <select
          id={id}
          name={other ? undefined : names.user}
          defaultValue=""
          onChange={(event) => setOther(event.target.value === SOMEONE_ELSE)}
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
            name={names.other}
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
