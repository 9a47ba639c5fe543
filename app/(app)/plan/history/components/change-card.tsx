import Link from "next/link";
import { FieldChanges } from "@/components/field-changes";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateAndTime } from "@/lib/format";
import { MAJOR_VERSION_KIND, type PlanChangeRecord } from "@/lib/plan/changes";
import { recordedValues } from "@/lib/present";

/** One version of the plan: the change that made it, who made it and when, each field before → after. */
export function ChangeCard({ change, previousVersion }: { change: PlanChangeRecord; previousVersion: string }) {
  const before = recordedValues(change.before) ?? {};
  const after = recordedValues(change.after) ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
  const major = change.kind === MAJOR_VERSION_KIND;
  return (
    <Card className="space-y-3 p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 className="flex flex-wrap items-center gap-2 font-medium text-ink">
          <Badge tone={major ? "accent" : "neutral"}>Version {change.version}</Badge>
          <span>{major ? "Marked as a major version" : change.label}</span>
          {!major && <span className="text-sm font-normal text-ink-muted">{change.kind}</span>}
        </h3>
        <p className="text-sm text-ink-muted">
          <time dateTime={change.changedAt.toISOString()}>{formatDateAndTime(change.changedAt)} UTC</time> · {change.changedByName}
        </p>
      </div>
      {major ? (
        <p className="text-sm text-ink">{change.note}</p>
      ) : (
        <FieldChanges fields={fields} fromLabel="before:" toLabel="after:" />
      )}
      <Link href={`/plan/history?a=${encodeURIComponent(previousVersion)}&b=${encodeURIComponent(change.version)}#compare`} className="inline-block text-sm text-accent underline">
        Compare with {previousVersion}
      </Link>
    </Card>
  );
}
