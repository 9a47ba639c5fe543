import { ReviewCadenceEditForm } from "@/app/(app)/plan/components/plan-edit-forms";
import { RecordReviewHeldButton } from "@/app/(app)/plan/components/record-review-held-button";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatRelativeDays } from "@/lib/format";
import type { PlanReviewCadence } from "@/lib/generated/prisma/client";
import type { UpkeepItem } from "@/lib/plan/upkeep";

type ReviewCadenceCardProps = { cadence: PlanReviewCadence; upkeep: UpkeepItem | undefined; canEdit: boolean; now: Date };

export function ReviewCadenceCard({ cadence, upkeep, canEdit, now }: ReviewCadenceCardProps) {
  return (
    <li className="flex flex-col rounded-xl border border-line bg-surface p-5">
      <h3 className="font-semibold text-ink">{cadence.name}</h3>
      <p className="mt-0.5 text-xs text-ink-muted">
        {cadence.lastHeldAt ? `Last held ${formatDate(cadence.lastHeldAt)}` : "Not yet held"}
      </p>
      {upkeep && (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span className={upkeep.isDue ? "font-semibold text-critical" : "text-ink"}>Next due {formatDate(upkeep.dueAt)}</span>
          <span className="text-ink-muted">({formatRelativeDays(upkeep.dueAt, now)})</span>
          {upkeep.isDue && <Badge tone="critical">Due</Badge>}
        </p>
      )}
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-ink marker:text-line-strong">
        {cadence.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {canEdit && <RecordReviewHeldButton cadenceKey={cadence.key} name={cadence.name} />}
      {canEdit && <ReviewCadenceEditForm cadence={cadence} />}
    </li>
  );
}
