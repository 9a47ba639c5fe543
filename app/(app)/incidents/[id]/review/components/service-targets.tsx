import { DataLossForm } from "@/app/(app)/incidents/[id]/review/components/data-loss-form";
import { dataLossText, recoveryText } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { VerdictBadge } from "@/app/(app)/incidents/[id]/review/components/verdict-badge";
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
    <div className="overflow-hidden rounded-xl border border-line bg-surface">
      <table className="stacked-table">
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">RTO target</th>
            <th scope="col">Recovery</th>
            <th scope="col">RPO target</th>
            <th scope="col">Data loss</th>
          </tr>
        </thead>
        <tbody>
          {services.map((service) => (
            <tr key={service.key}>
              <td data-label="Service" data-card-title className="text-ink md:font-medium">
                {service.name}
              </td>
              <td data-label="RTO target" className="tabular-nums">
                {formatMinutes(service.rtoTargetMinutes)}
              </td>
              <td data-label="Recovery">
                <Achieved text={recoveryText(service)} verdict={service.rto} objective="RTO" />
              </td>
              <td data-label="RPO target" className="tabular-nums">
                {formatMinutes(service.rpoTargetMinutes)}
              </td>
              <td data-label="Data loss">
                <div className="space-y-2">
                  <Achieved text={dataLossText(service)} verdict={service.rpo} objective="RPO" />
                  {canEdit && service.dataLossMinutes === null && <DataLossForm incidentId={incidentId} service={service} />}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
