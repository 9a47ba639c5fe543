"use client";
import { describeDataLoss, formatTimeOfDay, rtoTone, type RtoTone } from "@/components/clock-format";
import { useNow } from "@/components/clock-provider";
import { RtoCountdown } from "@/components/rto-countdown";
import { IMPACT_LABELS } from "@/components/service-impact";
import { MarkRestoredForm } from "@/app/(app)/incidents/[id]/components/mark-restored-form";
import { ServiceMendControls } from "@/app/(app)/incidents/[id]/components/service-mend-controls";
import { UndoRestoreButton } from "@/app/(app)/incidents/[id]/components/undo-restore-button";
import { Badge } from "@/components/ui/badge";
import { formatMinutes } from "@/lib/format";
import type { AffectedServiceView } from "@/lib/incidents/types";

type Tone = RtoTone | "restored" | "missed";

// The card's edge and the bar of the RTO used take the clock's colour.
const TONES: Record<Tone, { edge: string; bar: string }> = {
  calm: { edge: "border-l-line-strong", bar: "bg-accent" },
  warning: { edge: "border-l-major", bar: "bg-major" },
  breached: { edge: "border-l-critical", bar: "bg-critical" },
  restored: { edge: "border-l-ok", bar: "bg-ok" },
  missed: { edge: "border-l-critical", bar: "bg-critical" },
};

/** A restored service against its objectives: each met one reads green, each missed one red. */
function outcomesOf(service: AffectedServiceView) {
  const withinRto = !!service.restoredAt && Date.parse(service.restoredAt) <= Date.parse(service.rtoDeadline);
  const rto = { met: withinRto, text: `Restored in ${formatMinutes(service.recoveryMinutes ?? 0)} (${withinRto ? "within RTO" : "RTO missed"})` };
  if (service.dataLossMinutes === null) return [rto];
  const withinRpo = service.dataLossMinutes <= service.rpoTargetMinutes;
  const rpo = { met: withinRpo, text: `${describeDataLoss(service.dataLossMinutes)} (RPO ${formatMinutes(service.rpoTargetMinutes)}${withinRpo ? "" : ", missed"})` };
  return [rto, rpo];
}

type AffectedServiceItemProps = {
  incidentId: string;
  service: AffectedServiceView;
  detectedAt: string;
  canWork: boolean;
  /** The commander may change its impact or remove it. */
  canMend: boolean;
  /** An incident keeps at least one affected service. */
  removable: boolean;
  clockStopped: boolean;
};

/** One affected service and its RTO clock: calm, amber in the last quarter, red once breached. */
export function AffectedServiceItem({ incidentId, service, detectedAt, canWork, canMend, removable, clockStopped }: AffectedServiceItemProps) {
  const now = useNow();
  const start = Date.parse(detectedAt);
  const deadline = Date.parse(service.rtoDeadline);
  const outcomes = service.restoredAt ? outcomesOf(service) : [];
  const tone: Tone = service.restoredAt ? (outcomes.every((outcome) => outcome.met) ? "restored" : "missed") : now === null ? "calm" : rtoTone(start, deadline, now);
  const used = service.restoredAt || now === null ? 1 : Math.min(1, Math.max(0, (now - start) / (deadline - start)));
  const styles = TONES[tone];
  return (
    <li className={`rounded-xl border border-l-4 border-line bg-surface px-4 py-3 ${styles.edge}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 className="flex flex-wrap items-center gap-2 font-semibold text-ink">
          {service.name}
          {!service.restoredAt && (
            <Badge tone={service.impact === "down" ? "critical" : "major"}>
              <span className="sr-only">Impact: </span>
              {IMPACT_LABELS[service.impact]}
            </Badge>
          )}
        </h3>
        {!service.restoredAt && !clockStopped && (
          <p>
            <RtoCountdown detectedAt={detectedAt} deadline={service.rtoDeadline} className="text-lg" />
          </p>
        )}
      </div>
      {service.restoredAt ? (
        <div className="mt-1 flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
          <p className="text-sm font-medium">
            {outcomes.map((outcome, index) => (
              <span key={outcome.text} className={outcome.met ? "text-ok" : "text-critical"}>
                {index > 0 && <span className="text-ink-muted"> · </span>}
                {outcome.text}
              </span>
            ))}
          </p>
          {canWork && <UndoRestoreButton incidentId={incidentId} service={{ key: service.key, name: service.name }} />}
        </div>
      ) : clockStopped ? (
        <p className="mt-1 text-sm text-ink-muted">Not restored; no deadline counts for an incident declared in error.</p>
      ) : (
        <>
          <div aria-hidden="true" className="mt-2 h-1 overflow-hidden rounded-full bg-surface-muted">
            <div className={`h-full rounded-full ${styles.bar}`} style={{ width: `${used * 100}%` }} />
          </div>
          <div className="mt-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
            <p className="text-sm text-ink-muted">
              RTO deadline <span className="tabular-nums">{formatTimeOfDay(service.rtoDeadline)}</span> · RPO{" "}
              {formatMinutes(service.rpoTargetMinutes)}
            </p>
            {canWork && (
              <MarkRestoredForm
                incidentId={incidentId}
                service={{ key: service.key, name: service.name }}
                rpoTargetMinutes={service.rpoTargetMinutes}
              />
            )}
          </div>
          {canMend && <ServiceMendControls incidentId={incidentId} service={{ key: service.key, name: service.name, impact: service.impact }} removable={removable} />}
        </>
      )}
    </li>
  );
}
