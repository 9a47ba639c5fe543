import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { daysBetween, formatDate, formatRelativeDays } from "@/lib/format";
import type { PlanDocument } from "@/lib/generated/prisma/client";

export function DocumentDetails({ document, now }: { document: PlanDocument; now: Date }) {
  const overdue = daysBetween(now, document.nextReviewAt) < 0;
  return (
    <Card className="p-5">
      <DetailList
        details={[
          { label: "Title", value: document.title },
          { label: "Version", value: document.version },
          { label: "Owner", value: document.owner },
          { label: "Review frequency", value: document.reviewFrequency },
          { label: "Last updated", value: formatDate(document.lastUpdatedAt) },
          {
            label: "Last reviewed",
            value: document.lastReviewedAt ? (
              formatDate(document.lastReviewedAt)
            ) : (
              <span className="text-ink-muted">Not yet reviewed</span>
            ),
          },
          {
            label: "Next review",
            value: (
              <span className="flex flex-wrap items-center gap-2">
                <span className={overdue ? "font-semibold text-critical" : undefined}>{formatDate(document.nextReviewAt)}</span>
                <span className="text-ink-muted">({formatRelativeDays(document.nextReviewAt, now)})</span>
                {overdue && <Badge tone="critical">Overdue</Badge>}
              </span>
            ),
          },
          // Who approved which version, and the distribution list, stand under "Approval, distribution and break-glass copies".
          { label: "Approval authority", value: document.approvedBy ?? <span className="text-ink-muted">Not named in the plan</span> },
        ]}
      />
    </Card>
  );
}
