"use client";
import { useState } from "react";
import { AddUserForm } from "@/app/(app)/settings/components/add-user-form";
import { OneTimeSecretNotice } from "@/app/(app)/settings/components/one-time-secret-notice";
import { UserRow } from "@/app/(app)/settings/components/user-row";
import { Card } from "@/components/ui/card";
import type { ManagedUserView } from "@/lib/users/present";

/** What an admin passes on, once: a one-time password or an invitation link. */
export type GrantedAccess = { oneTimePassword: string } | { invitationUrl: string; invitationExpiresAt: string };
export type UserWithAccess = ManagedUserView & { access: GrantedAccess };

/** The secret of an add or a reset, shown once above the list. */
export type ShownAccess = { name: string; access: GrantedAccess; what: "added" | "reset" };

function accessMessage({ name, access, what }: ShownAccess) {
  const done = what === "added" ? `${name} added.` : `${name}'s password reset.`;
  return "oneTimePassword" in access
    ? `${done} Pass this one-time password on to them: it will not be shown again.`
    : `${done} Send them this invitation link to choose their password: it works once, until ${new Date(access.invitationExpiresAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}, and will not be shown again.`;
}

/** Everyone with an account, for the admin: add, change role, deactivate, reset a password. */
export function Users({ initialUsers, currentUserId }: { initialUsers: ManagedUserView[]; currentUserId: string }) {
  const [users, setUsers] = useState(initialUsers);
  const [shown, setShown] = useState<ShownAccess | null>(null);
  const replace = (updated: ManagedUserView) => setUsers((current) => current.map((user) => (user.id === updated.id ? updated : user)));

  return (
    <div className="space-y-4">
      {shown && (
        <OneTimeSecretNotice
          message={accessMessage(shown)}
          secret={"oneTimePassword" in shown.access ? shown.access.oneTimePassword : shown.access.invitationUrl}
          copyLabel={"oneTimePassword" in shown.access ? "Copy one-time password" : "Copy invitation link"}
          testId="user-access-secret"
          onDismiss={() => setShown(null)}
        />
      )}
      <AddUserForm
        onAdded={({ access, ...user }) => {
          setUsers((current) => [...current, user]);
          setShown({ name: user.name, access, what: "added" });
        }}
      />
      <Card>
        <ul aria-label="Users" className="divide-y divide-line">
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              isYou={user.id === currentUserId}
              onChanged={replace}
              onReset={({ access, ...reset }) => {
                replace(reset);
                setShown({ name: reset.name, access, what: "reset" });
              }}
            />
          ))}
        </ul>
      </Card>
    </div>
  );
}
