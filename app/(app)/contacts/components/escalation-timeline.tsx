import { EscalationLevelEditForm } from "@/app/(app)/contacts/components/escalation-level-edit-form";
import { DemoValueBadge } from "@/components/demo-value-badge";
import type { PickerOption } from "@/components/plan-ordered-picker";
import { Icon } from "@/components/ui/icon";
import type { EscalationLevelWithContacts } from "@/lib/escalation/data";
import { formatMinuteRange, telHref } from "@/lib/format";

/**
 * The escalation levels down a time line, each with the people it brings in, a tap away; for a
 * plan admin, a form under each level choosing from `contacts`.
 */
export function EscalationTimeline({ levels, contacts }: { levels: EscalationLevelWithContacts[]; contacts: PickerOption[] | null }) {
  return (
    <>
      <ol aria-label="Escalation levels">
        {levels.map((level, index) => (
          <li key={level.id} className="relative grid gap-3 pb-8 pl-8 last:pb-0 md:grid-cols-[11rem_minmax(0,1fr)] md:gap-6">
            {index < levels.length - 1 && (
              <span aria-hidden="true" className="absolute top-5 bottom-0 left-[7px] w-0.5 bg-line" />
            )}
            <span
              aria-hidden="true"
              className="absolute top-1 left-0 size-4 rounded-full border-4 border-canvas bg-accent ring-2 ring-accent/30"
            />
            <div>
              <p className="text-sm font-semibold text-accent tabular-nums">
                {formatMinuteRange(level.afterMinutes, level.untilMinutes)}
              </p>
              <h3 className="mt-0.5 font-semibold text-ink">{level.name}</h3>
              <p className="text-sm text-ink-muted">{level.audience}</p>
            </div>
            <ul className="grid content-start gap-2 sm:grid-cols-2">
              {level.contacts.map((contact) => (
                <li key={contact.id}>
                  <a
                    href={telHref(contact.phone)}
                    className="flex min-h-12 items-center gap-3 rounded-lg border border-line bg-surface px-3 py-2 hover:border-line-strong hover:bg-surface-muted"
                  >
                    <Icon name="phone" className="size-4 text-accent" />
                    <span className="min-w-0 flex-1">
                      {/* Named by what it shows, after a word heard but not seen: the name a voice user speaks matches. */}
                      <span className="sr-only">Call </span>
                      <span className="block truncate text-sm font-medium text-ink">{contact.name}</span>
                      <span className="block truncate text-xs text-ink-muted tabular-nums">
                        {contact.role} · {contact.phone}
                      </span>
                    </span>
                    {contact.isDemoValue && <DemoValueBadge compact />}
                  </a>
                </li>
              ))}
            </ul>
            {contacts && <EscalationLevelEditForm level={level} contacts={contacts} />}
          </li>
        ))}
      </ol>
      {contacts && (
        <div className="mt-8">
          <EscalationLevelEditForm contacts={contacts} />
        </div>
      )}
    </>
  );
}
