import { HEALTH_DOTS, HEALTH_LABELS, HEALTH_TEXT, HEALTH_TILES } from "@/app/(app)/status/components/health-labels";
import { IMPACT_LABELS } from "@/components/service-impact";
import type { HealthReason } from "@/lib/services/health";
import type { ServiceHealthView } from "@/lib/status-board/types";

function describeReason(reason: HealthReason): string {
  const incident = `#${reason.incident.number}`;
  if (reason.kind === "direct") return `${IMPACT_LABELS[reason.impact]} in ${incident}`;
  const via = reason.path.length ? ` via ${reason.path.join(", ")}` : "";
  return `Depends on ${reason.cause}${via}, ${IMPACT_LABELS[reason.impact].toLowerCase()} in ${incident}`;
}

function Reasons({ reasons }: { reasons: HealthReason[] }) {
  return (
    <ul className="mt-1 space-y-0.5 text-xs text-ink-muted">
      {reasons.slice(0, 2).map((reason, index) => (
        <li key={index}>{describeReason(reason)}</li>
      ))}
      {reasons.length > 2 && <li>and {reasons.length - 2} more</li>}
    </ul>
  );
}

/** A wall keeps each tile to one line of why, so every service fits on one screen beside the incidents. */
function WallReason({ reasons }: { reasons: HealthReason[] }) {
  const [first, ...others] = reasons;
  return (
    <p className="mt-0.5 truncate text-sm text-ink-muted" title={reasons.map(describeReason).join("; ")}>
      {describeReason(first)}
      {others.length > 0 && ` · ${others.length} more`}
    </p>
  );
}

/** Every service in the plan, coloured by the worst that active incidents do to it, and why. */
export function ServiceHealthGrid({ services, wall = false }: { services: ServiceHealthView[]; wall?: boolean }) {
  return (
    <ul className={`grid ${wall ? "grid-cols-2 gap-1.5" : "grid-cols-1 gap-2 min-[420px]:grid-cols-2 lg:grid-cols-3"}`}>
      {services.map((service) => (
        <li
          key={service.key}
          data-service={service.key}
          data-health={service.health}
          className={`min-w-0 rounded-lg border px-3 ${wall ? "py-1.5" : "py-2.5"} ${HEALTH_TILES[service.health]}`}
        >
          <p className="flex flex-wrap items-center justify-between gap-x-2">
            <span className={`font-medium text-ink ${wall ? "text-lg" : ""}`}>{service.name}</span>
            <span className={`ml-auto flex shrink-0 items-center gap-1.5 font-medium whitespace-nowrap ${HEALTH_TEXT[service.health]} ${wall ? "text-lg" : "text-sm"}`}>
              <span aria-hidden="true" className={`size-2.5 rounded-full ${HEALTH_DOTS[service.health]}`} />
              {HEALTH_LABELS[service.health]}
            </span>
          </p>
          {service.reasons.length > 0 && (wall ? <WallReason reasons={service.reasons} /> : <Reasons reasons={service.reasons} />)}
        </li>
      ))}
    </ul>
  );
}
