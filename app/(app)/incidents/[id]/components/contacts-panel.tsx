"use client";
import Link from "next/link";
import { MINUTE_MS } from "@/lib/format";
import { useNow } from "@/components/clock-provider";
import { ContactRow } from "@/app/(app)/incidents/[id]/components/contact-row";
import { Section } from "@/components/ui/section";
import type { ContactRecord } from "@/lib/contacts/data";
import type { EscalationLevelWithContacts } from "@/lib/escalation/data";
import { formatMinuteRange } from "@/lib/format";

type ContactsPanelProps = {
  responseTeam: ContactRecord[];
  escalationLevels: EscalationLevelWithContacts[];
  detectedAt: string;
};

/** Who to call: the response team, and the escalation level the incident's age has reached. */
export function ContactsPanel({ responseTeam, escalationLevels, detectedAt }: ContactsPanelProps) {
  const now = useNow(MINUTE_MS);
  const elapsedMinutes = now === null ? 0 : (now - Date.parse(detectedAt)) / MINUTE_MS;
  const reached = escalationLevels.filter((level) => level.afterMinutes <= elapsedMinutes).at(-1);
  return (
    <Section id="contacts" title="Contacts">
      <div className="space-y-4 rounded-xl border border-line bg-surface px-4 py-4 sm:px-5">
        {reached && (
          <div>
            <h3 className="text-sm font-semibold text-ink">
              Escalation: {reached.name}{" "}
              <span className="font-normal text-ink-muted tabular-nums">
                ({formatMinuteRange(reached.afterMinutes, reached.untilMinutes)})
              </span>
            </h3>
            <p className="text-xs text-ink-muted">{reached.audience}</p>
            <ul className="divide-y divide-line">
              {reached.contacts.map((contact) => (
                <ContactRow key={contact.id} contact={contact} />
              ))}
            </ul>
          </div>
        )}
        <div className={reached ? "border-t border-line pt-4" : undefined}>
          <h3 className="text-sm font-semibold text-ink">Response team</h3>
          <ul className="divide-y divide-line">
            {responseTeam.map((contact) => (
              <ContactRow key={contact.id} contact={contact} />
            ))}
          </ul>
        </div>
        <p className="text-sm">
          <Link href="/contacts" className="font-medium text-accent hover:underline">
            All contacts and escalation levels
          </Link>
        </p>
      </div>
    </Section>
  );
}
