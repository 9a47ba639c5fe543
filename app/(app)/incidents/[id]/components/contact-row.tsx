import { DemoValueBadge } from "@/components/demo-value-badge";
import { Icon } from "@/components/ui/icon";
import { telHref } from "@/lib/format";

type ContactRowProps = {
  contact: { name: string; role: string; phone: string; email?: string | null; isDemoValue: boolean };
};

const ACTION_CLASSES =
  "grid size-11 shrink-0 place-items-center rounded-lg border border-line bg-canvas text-accent hover:border-line-strong hover:bg-surface-muted";

/** A person to reach, in one line: who and their number, with a call or an e-mail a tap away. */
export function ContactRow({ contact }: ContactRowProps) {
  return (
    <li className="flex items-center gap-2 py-2">
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium text-ink">
          {contact.name} {contact.isDemoValue && <DemoValueBadge compact />}
        </p>
        <p className="text-xs text-ink-muted">
          {contact.role} · <span className="whitespace-nowrap tabular-nums">{contact.phone}</span>
        </p>
      </div>
      <a href={telHref(contact.phone)} aria-label={`Call ${contact.name}, ${contact.phone}`} className={ACTION_CLASSES}>
        <Icon name="phone" />
      </a>
      {contact.email && (
        <a href={`mailto:${contact.email}`} aria-label={`E-mail ${contact.name}, ${contact.email}`} className={ACTION_CLASSES}>
          <Icon name="mail" />
        </a>
      )}
    </li>
  );
}
