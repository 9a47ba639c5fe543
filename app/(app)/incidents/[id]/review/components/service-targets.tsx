import { DataLossForm } from "@/app/(app)/incidents/[id]/review/components/data-loss-form";
import { dataLossText, recoveryText } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { VerdictBadge } from "@/app/(app)/incidents/[id]/review/components/verdict-badge";
import { StackedTable } from "@/components/ui/stacked-table";
import { formatMinutes } from "@/lib/format";
import type { Verdict } from "@/lib/reviews/outcomes";
import type { ReviewView } from "@/lib/reviews/types";

function Achieved({ text, verdict, objective }: { text: string; verdict: Verdict; objective: "RTO" | "RPO" }) {
  if (verdict === "not_recorded") return <span className="text-ink-muted">{text}</span>;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span className="tabular-nums">{text}</span>
      <VerdictBadge verdict={verdict} objective={objective} />
    </span>
  );
}

type ServiceTargetsProps = { incidentId: string; services: ReviewView["services"]; canEdit: boolean };

/** Each affected service's recovery against its RTO, and its data loss against its RPO. */
export function ServiceTargets({ incidentId, services, canEdit }: ServiceTargetsProps) {
  return (
    <StackedTable
      rows={services}
      rowKey={(service) => service.key}
      columns={[
        { label: "Service", cardTitle: true, className: "text-ink md:font-medium", cell: (service) => service.name },
        { label: "RTO target", className: "tabular-nums", cell: (service) => formatMinutes(service.rtoTargetMinutes) },
        { label: "Recovery", cell: (service) => <Achieved text={recoveryText(service)} verdict={service.rto} objective="RTO" /> },
        { label: "RPO target", className: "tabular-nums", cell: (service) => formatMinutes(service.rpoTargetMinutes) },
        {
          label: "Data loss",
          cell: (service) => (
            <div className="space-y-2">
              <Achieved text={dataLossText(service)} verdict={service.rpo} objective="RPO" />
              {canEdit && service.dataLossMinutes === null && <DataLossForm incidentId={incidentId} service={service} />}
            </div>
          ),
        },
      ]}
    />
  );
}
