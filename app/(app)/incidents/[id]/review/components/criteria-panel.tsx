import { CriterionItem } from "@/app/(app)/incidents/[id]/review/components/criterion-item";
import { Section } from "@/components/ui/section";
import type { ReviewView } from "@/lib/reviews/types";

/**
 * The plan's success criteria, each met, not met or not yet scored: suggested from the measured
 * figures where they speak to it, confirmed by the commander.
 */
export function CriteriaPanel({ detail }: { detail: ReviewView }) {
  const criteria = detail.review.criteria;
  const scored = criteria.filter((criterion) => criterion.met !== null).length;
  const confirmed = criteria.filter((criterion) => criterion.confirmation).length;
  return (
    <Section
      id="success-criteria"
      title="Success criteria"
      description={`${scored} of ${criteria.length} scored, ${confirmed} confirmed by the commander.`}
    >
      <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
        {criteria.map((criterion) => (
          <CriterionItem
            key={criterion.key}
            incidentId={detail.incident.id}
            criterion={criterion}
            canEdit={detail.canEdit}
            canConfirm={detail.canConfirm}
          />
        ))}
      </ul>
    </Section>
  );
}
