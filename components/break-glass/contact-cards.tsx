// The plan's emergency contacts as wallet-sized cards (Appendix A): one card per contact, one for
// the escalation levels and one for the public status page. On screen a grid; printed, each card
// is 85.6 × 54 mm (a bank card) with a dashed cut line, eight to an A4 page (app/globals.css).
import { PlanStampLine } from "@/components/break-glass/plan-stamp-line";
import { DemoValueBadge } from "@/components/demo-value-badge";
import { formatMinuteRange, telHref } from "@/lib/format";
import type { PlanStamp } from "@/lib/break-glass/types";
import type { ContactModel, EscalationLevelModel } from "@/lib/plan/code/model";

type ContactCardsProps = {
  contacts: readonly ContactModel[];
  escalationLevels: readonly EscalationLevelModel[];
  statusAddress: string;
  stamp: PlanStamp;
};

const CARD = "wallet-card flex flex-col rounded-xl border border-line bg-surface p-4 text-sm text-ink";
const KIND_WORDS = { response_team: "Response team", external: "Vendor", escalation: "Escalation" } as const;

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="w-20 shrink-0 text-ink-muted">{label}</dt>
      <dd className="min-w-0 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

function ContactCard({ contact, backupPhone, stamp }: { contact: ContactModel; backupPhone: string | null; stamp: PlanStamp }) {
  return (
    <li className={CARD} data-contact={contact.key}>
      <div className="flex items-start justify-between gap-2">
        <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">
          {KIND_WORDS[contact.kind]} · {contact.role}
        </p>
        {contact.isDemoValue && <DemoValueBadge compact />}
      </div>
      <p className="mt-1 text-base font-semibold">{contact.name}</p>
      {contact.organisation && <p className="text-ink-muted">{contact.organisation}</p>}
      <dl className="mt-2 space-y-0.5">
        <Line label="Phone">
          <a href={telHref(contact.phone)} className="font-medium underline decoration-line-strong underline-offset-2">
            {contact.phone}
          </a>
        </Line>
        <Line label="E-mail">
          <a href={`mailto:${contact.email}`} className="underline decoration-line-strong underline-offset-2">
            {contact.email}
          </a>
        </Line>
        {contact.backupName && (
          <Line label="Backup">
            {contact.backupName}
            {backupPhone && (
              <>
                {" · "}
                <a href={telHref(backupPhone)} className="underline decoration-line-strong underline-offset-2">
                  {backupPhone}
                </a>
              </>
            )}
          </Line>
        )}
        {contact.accountId && <Line label="Account">{contact.accountId}</Line>}
      </dl>
      <PlanStampLine stamp={stamp} className="mt-auto pt-2 text-[11px]" />
    </li>
  );
}

function EscalationCard({ levels, contacts, stamp }: { levels: readonly EscalationLevelModel[]; contacts: readonly ContactModel[]; stamp: PlanStamp }) {
  const names = new Map(contacts.map((contact) => [contact.key, contact.name]));
  return (
    <li className={`${CARD} sm:col-span-2`} data-card="escalation">
      <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">Escalation levels</p>
      <ol className="mt-2 space-y-1">
        {levels.map((level) => (
          <li key={level.key}>
            <span className="font-semibold">{level.name}</span>{" "}
            <span className="text-ink-muted">({formatMinuteRange(level.afterMinutes, level.untilMinutes) ?? "at once"} after detection)</span> → {level.audience}
            {/* Names on screen; printed, the card has room for the audience alone. */}
            {level.targets.length > 0 && <span className="text-ink-muted print:hidden">: {level.targets.map((key) => names.get(key) ?? key).join(", ")}</span>}
          </li>
        ))}
      </ol>
      <PlanStampLine stamp={stamp} className="mt-auto pt-2 text-[11px]" />
    </li>
  );
}

function StatusCard({ address, stamp }: { address: string; stamp: PlanStamp }) {
  return (
    <li className={CARD} data-card="status-page">
      <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">Public status page</p>
      <p className="mt-2">Customers see what works and what does not at</p>
      <p className="mt-1 font-mono text-[13px] font-medium [overflow-wrap:anywhere]">{address}</p>
      <PlanStampLine stamp={stamp} className="mt-auto pt-2 text-[11px]" />
    </li>
  );
}

export function ContactCards({ contacts, escalationLevels, statusAddress, stamp }: ContactCardsProps) {
  // The plan names a backup by name; when that person is a contact too, their phone is known.
  const phoneOf = new Map(contacts.map((contact) => [contact.name, contact.phone]));
  return (
    <ul className="wallet-cards grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label="Contact cards">
      {contacts.map((contact) => (
        <ContactCard key={contact.key} contact={contact} backupPhone={contact.backupName ? (phoneOf.get(contact.backupName) ?? null) : null} stamp={stamp} />
      ))}
      <EscalationCard levels={escalationLevels} contacts={contacts} stamp={stamp} />
      <StatusCard address={statusAddress} stamp={stamp} />
    </ul>
  );
}
