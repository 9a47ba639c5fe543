"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ACCESS_LABELS } from "@/app/(app)/settings/components/add-user-form";
import type { UserWithAccess } from "@/app/(app)/settings/components/users";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { ROLE_LABELS } from "@/components/role-labels";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { UserRole } from "@/lib/generated/prisma/enums";
import type { ManagedUserView } from "@/lib/users/present";
import { PASSWORD_ACCESS } from "@/lib/users/schema";

type UserRowProps = {
  user: ManagedUserView;
  isYou: boolean;
  onChanged: (user: ManagedUserView) => void;
  onReset: (user: UserWithAccess) => void;
};

/** One person: who they are and their standing, and on demand what an admin may change. */
export function UserRow({ user, isYou, onChanged, onReset }: UserRowProps) {
  const [role, setRole] = useState(user.role);
  const [access, setAccess] = useState<(typeof PASSWORD_ACCESS)[number]>("invitation");
  const update = useMutation({
    mutationFn: (changes: { role?: string; active?: boolean }) => api<ManagedUserView>(`/api/users/${user.id}`, { method: "PATCH", body: changes }),
    onSuccess: onChanged,
  });
  const reset = useMutation({
    mutationFn: () => api<UserWithAccess>(`/api/users/${user.id}/password-reset`, { body: { access } }),
    onSuccess: onReset,
  });
  const failed = update.error ?? reset.error;
  const id = (what: string) => `user-${user.id}-${what}`;

  return (
    <li className="space-y-3 p-4" aria-label={user.name}>
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 font-medium text-ink">
          {user.name}
          {isYou && <Badge tone="accent">You</Badge>}
          {!user.active && <Badge tone="critical">Deactivated</Badge>}
          {user.active && user.invitationExpiresAt && <Badge tone="major">Invited</Badge>}
        </p>
        <p className="text-sm break-all text-ink-muted">{user.email}</p>
        <p className="text-sm text-ink-muted">{ROLE_LABELS[user.role]}</p>
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-accent">Manage {user.name}</summary>
        <div className="mt-3 space-y-4">
          <form
            className="flex flex-col gap-2 sm:flex-row sm:items-end"
            onSubmit={(event) => {
              event.preventDefault();
              update.mutate({ role });
            }}
          >
            <div className="flex-1 space-y-1.5">
              <label htmlFor={id("role")} className="block text-sm font-medium text-ink">
                Role
              </label>
              <select id={id("role")} value={role} onChange={(event) => setRole(event.target.value as UserRole)} className={fieldClasses()}>
                {Object.values(UserRole).map((option) => (
                  <option key={option} value={option}>
                    {ROLE_LABELS[option]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" disabled={update.isPending || role === user.role} className={buttonClasses("secondary")}>
              Change role
            </button>
          </form>
          {user.active && (
            <form
              className="flex flex-col gap-2 sm:flex-row sm:items-end"
              onSubmit={(event) => {
                event.preventDefault();
                reset.mutate();
              }}
            >
              <div className="flex-1 space-y-1.5">
                <label htmlFor={id("access")} className="block text-sm font-medium text-ink">
                  New password by
                </label>
                <select id={id("access")} value={access} onChange={(event) => setAccess(event.target.value as typeof access)} className={fieldClasses()}>
                  {PASSWORD_ACCESS.map((option) => (
                    <option key={option} value={option}>
                      {ACCESS_LABELS[option]}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" disabled={reset.isPending} className={buttonClasses("secondary")}>
                Reset password
              </button>
            </form>
          )}
          <div className="space-y-2 border-t border-line pt-3">
            <p className="text-sm text-ink-muted">
              {user.active
                ? "Deactivating signs them out everywhere at once and ends their API tokens; their name stays on what they did."
                : "Reactivating lets them sign in again; their old sessions and tokens stay ended."}
            </p>
            <button
              type="button"
              disabled={update.isPending}
              onClick={() => update.mutate({ active: !user.active })}
              className={buttonClasses("secondary", user.active ? "text-critical" : "")}
            >
              {user.active ? `Deactivate ${user.name}` : `Reactivate ${user.name}`}
            </button>
          </div>
          {failed && <ErrorText>{refusalInWords(failed)}</ErrorText>}
        </div>
      </details>
    </li>
  );
}
