import Link from "next/link";
import { ChainStatus } from "@/app/(app)/evidence/components/chain-status";
import { dataLossText, formatReviewTime, recoveryText, scoreLabel } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { VerdictBadge } from "@/app/(app)/incidents/[id]/review/components/verdict-badge";
import { ActionItemStatusBadge } from "@/components/action-item-badges";
import { DrillBadge } from "@/components/drill-badge";
import { IncidentStateBadge } from "@/components/incident-state-badge";
import { SeverityBadge } from "@/components/severity-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { StackedTable } from "@/components/ui/stacked-table";
import type { EvidenceIncidentView } from "@/lib/evidence/present";
import { formatDate, formatMinutes } from "@/lib/format";

type Service = EvidenceIncidentView["services"][number];

function Figure({ text, verdict, objective }: { text: string; verdict: Service["rto"]; objective: "RTO" | "RPO" }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span className="tabular-nums">{text}</span>
      {verdict !== "not_recorded" && <VerdictBadge verdict={verdict} objective={objective} />}
    </span>
  );
}

function Subheading({ children }: { children: string }) {
  return <h4 className="mb-2 text-sm font-semibold text-ink">{children}</h4>;
}

/** One drill or incident as the ledger holds it: figures against objectives, criteria, action items, chain. */
export function EvidenceIncident({ incident }: { incident: EvidenceIncidentView }) {
  const { review } = incident;
  return (
    <Card className="space-y-5 p-4 sm:p-5 print:break-inside-avoid">
      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          {incident.isDrill && <DrillBadge />}
          <SeverityBadge severity={incident.severity} />
          <IncidentStateBadge state={incident.state} />
        </div>
        <h3 className="text-base font-semibold text-ink">
          <Link href={`/incidents/${incident.id}`} className="hover:underline">
            #{incident.number} {incident.title}
          </Link>
        </h3>
        <p className="text-sm text-ink-muted">
          {incident.drill ? `${incident.drill.testType} · ` : ""}
          Detected {formatReviewTime(incident.detectedAt)} UTC
          {incident.resolvedAt ? ` · resolved ${formatReviewTime(incident.resolvedAt)} UTC` : ""}
        </p>
        <ChainStatus verdict={incident.chain} />
      </div>
      <StackedTable
        rows={incident.services}
        rowKey={(service) => service.key}
        columns={[
          { label: "Service", cardTitle: true, className: "text-ink md:font-medium", cell: (service) => service.name },
          { label: "RTO target", className: "tabular-nums", cell: (service) => formatMinutes(service.rtoTargetMinutes) },
          { label: "Recovery", cell: (service) => <Figure text={recoveryText(service)} verdict={service.rto} objective="RTO" /> },
          { label: "RPO target", className: "tabular-nums", cell: (service) => formatMinutes(service.rpoTargetMinutes) },
          { label: "Data loss", cell: (service) => <Figure text={dataLossText(service)} verdict={service.rpo} objective="RPO" /> },
        ]}
      />
      {review ? (
        <div className="grid gap-5 md:grid-cols-2">
          <div>
            <Subheading>Success criteria</Subheading>
            <ul className="space-y-1.5 text-sm">
              {review.criteria.map((criterion) => (
                <li key={criterion.key} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                  <span className="text-ink">{criterion.name}</span>
                  <Badge tone={criterion.met === null ? "neutral" : criterion.met ? "ok" : "critical"}>{scoreLabel(criterion.met)}</Badge>
                  {criterion.note && <span className="basis-full text-ink-muted">{criterion.note}</span>}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <Subheading>Action items</Subheading>
            {review.actionItems.length ? (
              <ul className="space-y-2 text-sm">
                {review.actionItems.map((item) => (
                  <li key={item.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                    <span className="min-w-0 text-ink">
                      {item.title} <span className="text-ink-muted">· {item.ownerName}{item.dueDate ? ` · due ${formatDate(item.dueDate)}` : ""}</span>
                    </span>
                    <ActionItemStatusBadge status={item.status} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-ink-muted">None recorded.</p>
            )}
          </div>
        </div>
      ) : (
        <p className="text-sm text-ink-muted">Not reviewed yet: criteria and action items come with the review.</p>
      )}
    </Card>
  );
}
