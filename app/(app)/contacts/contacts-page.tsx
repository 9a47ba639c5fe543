import { PlanLastChange } from "@/app/(app)/components/plan-last-change";
import { ContactCard } from "@/app/(app)/contacts/components/contact-card";
import { ContactEditForm } from "@/app/(app)/contacts/components/contact-edit-form";
import { EscalationTimeline } from "@/app/(app)/contacts/components/escalation-timeline";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import type { ContactRecord } from "@/lib/contacts/data";
import type { EscalationLevelWithContacts } from "@/lib/escalation/data";
import type { Person } from "@/lib/users/data";

type ContactsPageProps = {
  responseTeam: ContactRecord[];
  externalContacts: ContactRecord[];
  escalationLevels: EscalationLevelWithContacts[];
  /** Muster's users, for the user a contact is linked to. */
  people: Person[];
  /** Plan admins edit the contacts and escalation levels in place. */
  canEdit: boolean;
  /** Every contact a level may bring in, response team, vendors and escalation contacts alike. */
  allContacts: ContactRecord[];
};

export function ContactsPage({ responseTeam, externalContacts, escalationLevels, people, canEdit, allContacts }: ContactsPageProps) {
  const hasDemoValues = [...responseTeam, ...externalContacts].some((contact) => contact.isDemoValue);
  return (
    <div className="space-y-12">
      <PageHeader
        title="Contacts & escalation"
        footnote={<PlanLastChange page="contacts" />}
        actions={
          <div className="flex flex-wrap gap-2">
            <a href="/api/contacts/vcard" download className={buttonClasses("secondary")}>
              Download vCard
            </a>
            <Link href="/plan/cards" className={buttonClasses("secondary")}>
              Contact cards
            </Link>
          </div>
        }
        description={
          <>
            <p>Who to call, and who is brought in as an incident goes on.</p>
            {hasDemoValues && (
              <p className="mt-2 text-sm">
                The plan leaves names and numbers as placeholders: contacts marked{" "}
                <span className="font-medium text-major">Demo value</span> hold stand-ins until a plan admin enters the
                real ones.
              </p>
            )}
          </>
        }
      />
      <Section id="response-team" title="Primary response team">
        <ul className="grid gap-4 md:grid-cols-2">
          {responseTeam.map((contact) => (
            <ContactCard key={contact.id} contact={contact} people={people} canEdit={canEdit} />
          ))}
        </ul>
      </Section>
      <Section id="external-contacts" title="External contacts">
        <ul className="grid gap-4 md:grid-cols-2">
          {externalContacts.map((contact) => (
            <ContactCard key={contact.id} contact={contact} people={people} canEdit={canEdit} />
          ))}
        </ul>
      </Section>
      {canEdit && <ContactEditForm people={people} />}
      <Section
        id="escalation"
        title="Escalation"
        description="Who each level brings in, by the time since the incident was detected."
      >
        <EscalationTimeline
          levels={escalationLevels}
          contacts={canEdit ? allContacts.map((contact) => ({ value: contact.id, label: `${contact.name} (${contact.role})` })) : null}
        />
      </Section>
    </div>
  );
}
