import { formatTimeOfDay } from "@/components/clock-format";
import { IMPACT_LABELS } from "@/components/service-impact";
import { Badge } from "@/components/ui/badge";
import { formatCount } from "@/lib/format";
import type { ResolutionCheckView } from "@/lib/resolution/present";
import type { Jsonify } from "@/lib/json";

export type ResolutionCheck = Jsonify<ResolutionCheckView>;

/** Whether anything is still open: the dialog then asks to resolve anyway. */
export function openItemCount({ steps, services, escalations, publicNotice }: ResolutionCheck): number {
  return steps.open + services.length + escalations.length + (noticeOutstanding(publicNotice) ? 1 : 0);
}

/** The public page shows this incident and does not yet say it is over. */
export function noticeOutstanding({ needed, posted, lastPublic }: ResolutionCheck["publicNotice"]): boolean {
  return needed && lastPublic !== null && !posted;
}

function Item({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <li className="space-y-1.5 py-3 first:pt-0 last:pb-0">
      <p className="font-medium text-ink">{title}</p>
      {children}
    </li>
  );
}

/** What resolving would leave open, each kind of thing in words; kinds with nothing open are left out. */
export function ResolutionOpenItems({ check }: { check: ResolutionCheck }) {
  const { steps, services, escalations } = check;
  return (
    <ul className="divide-y divide-line text-sm" aria-label="Still open">
      {steps.open > 0 && (
        <Item title={`${steps.open} of ${formatCount(steps.total, "checklist step")} not ticked`}>
          <ul className="space-y-1 text-ink-muted">
            {steps.phases.map((phase) => (
              <li key={`${phase.runbook}/${phase.phase}`}>
                <span className="text-ink">
                  {phase.runbook}, {phase.phase}
                </span>
                {`: ${phase.titles.join("; ")}`}
                {phase.open > phase.titles.length && ` and ${phase.open - phase.titles.length} more`}
              </li>
            ))}
          </ul>
        </Item>
      )}
      {services.length > 0 && (
        <Item title={`${formatCount(services.length, "service")} not restored`}>
          <ul className="space-y-1">
            {services.map((service) => (
              <li key={service.key} className="flex flex-wrap items-center gap-2">
                <span className="text-ink">{service.name}</span>
                <span className="text-ink-muted">{IMPACT_LABELS[service.impact]}</span>
                {service.breached && <Badge tone="critical">RTO breached</Badge>}
              </li>
            ))}
          </ul>
        </Item>
      )}
      {escalations.length > 0 && (
        <Item title={`${formatCount(escalations.length, "escalation")} not acknowledged`}>
          <ul className="space-y-1 text-ink-muted">
            {escalations.map((escalation) => (
              <li key={escalation.id}>
                <span className="text-ink">{escalation.level}</span> ({escalation.audience}), fired at {formatTimeOfDay(escalation.firedAt)} UTC
              </li>
            ))}
          </ul>
        </Item>
      )}
    </ul>
  );
}
