import { ContactEditForm } from "@/app/(app)/contacts/components/contact-edit-form";
import { ContactLinks } from "@/app/(app)/contacts/components/contact-links";
import { DemoValueBadge } from "@/components/demo-value-badge";
import type { ContactRecord } from "@/lib/contacts/data";
import type { Person } from "@/lib/users/data";

export function ContactCard({ contact, people, canEdit }: { contact: ContactRecord; people: Person[]; canEdit: boolean }) {
  const linkedUser = people.find((person) => person.id === contact.userId);
  return (
    <li className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-5">
      <div className="min-w-0">
        <div className="flex items-start justify-between gap-3">
          <h3 className="pt-0.5 text-xs font-semibold tracking-wide text-ink-muted uppercase">{contact.role}</h3>
          {contact.isDemoValue && <DemoValueBadge />}
        </div>
        <p className="mt-1 text-lg font-semibold text-ink">{contact.name}</p>
        <dl className="mt-1 space-y-0.5 text-sm text-ink-muted">
          {contact.organisation && (
            <div>
              <dt className="inline">Organisation: </dt>
              <dd className="inline text-ink">{contact.organisation}</dd>
            </div>
          )}
          {contact.backupName && (
            <div>
              <dt className="inline">Backup: </dt>
              <dd className="inline text-ink">{contact.backupName}</dd>
            </div>
          )}
          {linkedUser && (
            <div>
              <dt className="inline">Muster user: </dt>
              <dd className="inline text-ink">{linkedUser.name}</dd>
            </div>
          )}
          {contact.accountId && (
            <div>
              <dt className="inline">Account ID: </dt>
              <dd className="inline font-mono text-ink">{contact.accountId}</dd>
            </div>
          )}
        </dl>
      </div>
      <div className="mt-auto">
        <ContactLinks name={contact.name} phone={contact.phone} email={contact.email} />
      </div>
      {canEdit && <ContactEditForm contact={contact} people={people} />}
    </li>
  );
}
