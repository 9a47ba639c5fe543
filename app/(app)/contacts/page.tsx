import type { Metadata } from "next";
import { ContactsPage } from "@/app/(app)/contacts/contacts-page";
import { listContacts } from "@/lib/contacts/data";
import { listEscalationLevels } from "@/lib/escalation/data";
import { requireUser } from "@/lib/auth/session";
import { canEditPlan } from "@/lib/plan/ability";
import { listPeople } from "@/lib/users/data";
import { OfflineAsOf } from "@/components/offline/offline-as-of";

export const metadata: Metadata = { title: "Contacts & escalation" };

export default async function ContactsRoute() {
  const user = await requireUser();
  const [contacts, escalationLevels, people] = await Promise.all([listContacts(user), listEscalationLevels(user), listPeople(user)]);
  return (
    <>
      <OfflineAsOf renderedAt={new Date().toISOString()} />
      <ContactsPage
        responseTeam={contacts.filter((contact) => contact.kind === "response_team")}
        externalContacts={contacts.filter((contact) => contact.kind === "external")}
        escalationLevels={escalationLevels}
        people={people}
        canEdit={canEditPlan(user.role)}
        allContacts={contacts}
      />
    </>
  );
}
