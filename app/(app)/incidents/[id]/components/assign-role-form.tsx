"use client";
import { useState, type FormEvent } from "react";
import { refusalInWords } from "@/components/forms/form-words";
import { INCIDENT_ROLE_LABELS } from "@/app/(app)/incidents/[id]/components/incident-role-labels";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { ROLE_LABELS } from "@/components/role-labels";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { IncidentRole } from "@/lib/generated/prisma/enums";
import type { AssignableHolders } from "@/lib/incident-roles/data";
import type { AssignRoleInput } from "@/lib/incidents/schema";

// The picker's value names the kind of holder and its id: "user:…" or "contact:…".
const USER = "user:";
const CONTACT = "contact:";

function assignmentOf(holder: string, role: IncidentRole): AssignRoleInput {
  return holder.startsWith(CONTACT) ? { contactId: holder.slice(CONTACT.length), role } : { userId: holder.slice(USER.length), role };
}

/** For the commander: gives a user or a plan contact a role, handing it over if another holds it. */
export function AssignRoleForm({ incidentId, holders }: { incidentId: string; holders: AssignableHolders }) {
  const [done, setDone] = useState<string | null>(null);
  const assign = useIncidentWrite(incidentId, (assignment: AssignRoleInput) => api(`/api/incidents/${incidentId}/roles`, { body: assignment }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const holder = String(form.get("holder"));
    const role = form.get("role") as IncidentRole;
    const person = holder.startsWith(CONTACT)
      ? holders.contacts.find((contact) => `${CONTACT}${contact.id}` === holder)?.name
      : holders.users.find((user) => `${USER}${user.id}` === holder)?.name;
    setDone(null);
    assign.mutate(assignmentOf(holder, role), { onSuccess: () => setDone(`${person} is now ${INCIDENT_ROLE_LABELS[role].toLowerCase()}.`) });
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-1 2xl:grid-cols-2">
        <div className="space-y-1.5">
          <label htmlFor="assign-person" className="block text-sm font-medium text-ink">
            Person
          </label>
          <select id="assign-person" name="holder" required className={fieldClasses()}>
            <optgroup label="Muster users">
              {holders.users.map((user) => (
                <option key={user.id} value={`${USER}${user.id}`}>
                  {user.name} ({ROLE_LABELS[user.role]})
                </option>
              ))}
            </optgroup>
            {holders.contacts.length > 0 && (
              <optgroup label="Plan contacts without a Muster account">
                {holders.contacts.map((contact) => (
                  <option key={contact.id} value={`${CONTACT}${contact.id}`}>
                    {contact.name} ({contact.role})
                  </option>
                ))}
              </optgroup>
            )}
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
      {assign.error && <ErrorText>{refusalInWords(assign.error)}</ErrorText>}
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
