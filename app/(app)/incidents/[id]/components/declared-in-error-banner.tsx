import { formatDateAndTime } from "@/lib/format";
import type { IncidentView } from "@/lib/incidents/types";

/** A declared-in-error incident is read-only: the banner says so, and why. */
export function DeclaredInErrorBanner({ incident }: { incident: Pick<IncidentView, "declaredInErrorAt" | "declaredInErrorReason"> }) {
  if (!incident.declaredInErrorAt) return null;
  return (
    <div role="note" className="mb-6 rounded-xl border border-line-strong bg-surface-muted px-4 py-3">
      <p className="font-semibold text-ink">
        Declared in error on {formatDateAndTime(new Date(incident.declaredInErrorAt))} UTC
      </p>
      {incident.declaredInErrorReason && <p className="mt-1 text-sm whitespace-pre-line text-ink [overflow-wrap:anywhere]">{incident.declaredInErrorReason}</p>}
      <p className="mt-1 text-sm text-ink-muted">Kept for the record; it counts in no metric and is not on the status board.</p>
    </div>
  );
}
