"use client";
import { formatCountdown, formatMinutesAgo, rtoTone } from "@/components/clock-format";
import { useNow } from "@/components/clock-provider";
import type { ActiveIncidentItem } from "@/components/live/active-incidents-query";

const TONE_TEXT = { calm: "text-ink", warning: "text-major", breached: "text-critical" } as const;

/** The incident's soonest RTO breach among services still down: time left, or that it is breached. */
export function WorstRtoClock({ incident }: { incident: ActiveIncidentItem }) {
  const now = useNow();
  const worst = incident.worstDeadline;
  if (!worst) return <p className="text-sm font-medium text-ok">All services restored</p>;
  if (now === null) return null;
  const deadline = Date.parse(worst.rtoDeadline);
  const tone = rtoTone(Date.parse(incident.detectedAt), deadline, now);
  return (
    <p className="flex flex-col sm:items-end">
      <span className={`text-lg font-semibold tabular-nums ${TONE_TEXT[tone]}`}>
        {tone === "breached" ? "RTO breached" : `${formatCountdown(deadline - now)} to breach`}
      </span>
      <span className="text-xs text-ink-muted">
        {worst.service}
        {tone === "breached" && `, ${formatMinutesAgo(now - deadline)}`}
      </span>
    </p>
  );
}
