import { ReviewCadenceEditForm } from "@/app/(app)/plan/components/plan-edit-forms";
import { formatDate } from "@/lib/format";
import type { PlanReviewCadence } from "@/lib/generated/prisma/client";

export function ReviewCadenceCard({ cadence, canEdit }: { cadence: PlanReviewCadence; canEdit: boolean }) {
  return (
    <li className="rounded-xl border border-line bg-surface p-5">
      <h3 className="font-semibold text-ink">{cadence.name}</h3>
      <p className="mt-0.5 text-xs text-ink-muted">
        {cadence.lastHeldAt ? `Last held ${formatDate(cadence.lastHeldAt)}` : "Not yet held"}
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-ink marker:text-line-strong">
        {cadence.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {canEdit && <ReviewCadenceEditForm cadence={cadence} />}
    </li>
  );
}
