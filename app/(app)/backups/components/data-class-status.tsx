import { DATA_CLASS_STATES } from "@/app/(app)/backups/components/backup-state-labels";
import { Badge } from "@/components/ui/badge";
import type { GradedDataClass } from "@/lib/backups/data";
import { formatDateAndTime, formatMinutes } from "@/lib/format";

/** One class of data: how old its newest verified restore point is, against its RPO. */
function DataClassCard({ dataClass, now }: { dataClass: GradedDataClass; now: Date }) {
  const { label, tone } = DATA_CLASS_STATES[dataClass.state];
  const { newestRestorePointAt, ageMinutes, breachesAt } = dataClass;
  return (
    <li className="rounded-xl border border-line bg-surface p-5" data-testid={`data-class-${dataClass.key}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 className="font-semibold text-ink">{dataClass.name}</h3>
        <Badge tone={tone}>{label}</Badge>
      </div>
      <p className="mt-1 text-sm text-ink-muted">RPO {formatMinutes(dataClass.rpoMinutes)}</p>
      {newestRestorePointAt && ageMinutes !== null && breachesAt ? (
        <div className="mt-3 space-y-1 text-sm">
          <p className="text-ink">
            Newest verified restore point {formatDateAndTime(newestRestorePointAt)} UTC,{" "}
            <span className="font-medium">{formatMinutes(ageMinutes)} old</span>
          </p>
          <p className={dataClass.state === "beyond" ? "font-medium text-critical" : "text-ink-muted"}>
            {breachesAt <= now ? "Beyond four times the RPO since" : "Beyond four times the RPO from"} {formatDateAndTime(breachesAt)} UTC
          </p>
        </div>
      ) : (
        <p className="mt-3 text-sm text-ink-muted">No successful verification has named a restore point yet.</p>
      )}
    </li>
  );
}

export function DataClassStatus({ dataClasses, now }: { dataClasses: GradedDataClass[]; now: Date }) {
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {dataClasses.map((dataClass) => (
        <DataClassCard key={dataClass.key} dataClass={dataClass} now={now} />
      ))}
    </ul>
  );
}
