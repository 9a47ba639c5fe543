import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import type { BackupAlertView } from "@/lib/backups/present";

/**
 * Backups that page people now: a class of data beyond four times its RPO, a verification check
 * overdue. One line each, with the way to the backups page; nothing when all is well.
 */
export function BackupAlerts({ alerts, linked = true }: { alerts: BackupAlertView[]; linked?: boolean }) {
  if (alerts.length === 0) return null;
  return (
    <section aria-label="Backup alerts" className="rounded-xl border border-critical-line bg-critical-soft px-4 py-3 sm:px-5">
      <ul className="space-y-1.5">
        {alerts.map((alert) => (
          <li key={`${alert.kind}:${alert.key}`} className="flex items-start gap-2 text-sm text-ink">
            <Icon name="alert" className="mt-0.5 size-4 shrink-0 text-critical" />
            <span className="min-w-0 [overflow-wrap:anywhere]">{alert.message}</span>
          </li>
        ))}
      </ul>
      {linked && (
        <p className="mt-2 pl-6 text-sm">
          <Link href="/backups#backup-status" className="font-medium text-critical underline underline-offset-4">
            Backups and their verification
          </Link>
        </p>
      )}
    </section>
  );
}
