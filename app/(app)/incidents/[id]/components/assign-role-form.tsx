"use client";
import { useState, type FormEvent } from "react";
import { toFormError } from "@/components/form-error";
import { INCIDENT_ROLE_LABELS } from "@/app/(app)/incidents/[id]/components/incident-role-labels";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { ROLE_LABELS } from "@/components/role-labels";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { IncidentRole } from "@/lib/generated/prisma/enums";
import type { AssignableUser } from "@/lib/incident-roles/data";

type Assignment = { userId: string; role: IncidentRole };

/** For the commander: gives someone a role, handing it over if another person holds it. */
export function AssignRoleForm({ incidentId, users }: { incidentId: string; users: AssignableUser[] }) {
  const [done, setDone] = useState<string | null>(null);
  const assign = useIncidentWrite(incidentId, (assignment: Assignment) =>
    api(`/api/incidents/${incidentId}/roles`, { body: assignment }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const assignment = { userId: String(form.get("userId")), role: form.get("role") as IncidentRole };
    const person = users.find((user) => user.id === assignment.userId)?.name;
    setDone(null);
    assign.mutate(assignment, { onSuccess: () => setDone(`${person} is now ${INCIDENT_ROLE_LABELS[assignment.role].toLowerCase()}.`) });
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-1 2xl:grid-cols-2">
        <div className="space-y-1.5">
          <label htmlFor="assign-person" className="block text-sm font-medium text-ink">
            Person
          </label>
          <select id="assign-person" name="userId" required className={fieldClasses()}>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} ({ROLE_LABELS[user.role]})
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="assign-role" className="block text-sm font-medium text-ink">
            Role
          </label>
          <select id="assign-role" name="role" defaultValue="technical_lead" className={fieldClasses()}>
            {Object.entries(INCIDENT_ROLE_LABELS).map(([role, label]) => (
              <option key={role} value={role}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {assign.error && <ErrorText>{toFormError(assign.error).message}</ErrorText>}
      {done && !assign.error && (
        <p role="status" className="text-sm text-ok">
          {done}
        </p>
      )}
      <div className="flex justify-end">
        <button type="submit" disabled={assign.isPending} className={buttonClasses("secondary")}>
          Assign role
        </button>
      </div>
    </form>
  );
}
