import { Icon } from "@/components/ui/icon";
import { telHref } from "@/lib/format";

const LINK_CLASSES =
  "flex min-h-11 min-w-0 items-center gap-2.5 rounded-lg border border-line bg-canvas px-3 text-sm font-medium text-ink hover:border-line-strong hover:bg-surface-muted";

/**
 * Call and write buttons, large enough to tap under stress. Who they reach is read out before the
 * number, as hidden text rather than a label, so the name a voice user speaks is the one they see.
 */
export function ContactLinks({ name, phone, email }: { name: string; phone: string; email?: string }) {
  return (
    <div className="grid gap-2">
      <a href={telHref(phone)} className={LINK_CLASSES}>
        <Icon name="phone" className="size-4 text-accent" />
        <span className="sr-only">Call {name}, </span>
        <span className="tabular-nums">{phone}</span>
      </a>
      {email && (
        <a href={`mailto:${email}`} className={LINK_CLASSES}>
          <Icon name="mail" className="size-4 text-accent" />
          <span className="sr-only">E-mail {name}, </span>
          <span className="truncate">{email}</span>
        </a>
      )}
    </div>
  );
}
