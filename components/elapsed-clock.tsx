"use client";
import { formatDuration, formatTimeOfDay } from "@/components/clock-format";
import { useNow } from "@/components/clock-provider";

/** How long the incident has run, in whole minutes, and when it was detected. */
type ElapsedClockProps = {
  detectedAt: string;
  stoppedAt: string | null;
  className?: string;
  /** Without the time of detection, where a line has room for the duration alone. */
  brief?: boolean;
};

export function ElapsedClock({ detectedAt, stoppedAt, className = "text-sm", brief = false }: ElapsedClockProps) {
  const now = useNow();
  const end = stoppedAt ? Date.parse(stoppedAt) : now;
  return (
    <p className={`text-ink-muted ${className}`}>
      {end !== null && (
        <>
          <span className="font-semibold text-ink tabular-nums">{formatDuration(end - Date.parse(detectedAt))}</span>{" "}
          {stoppedAt ? "to resolution" : "since detection"}
          {!brief && " · "}
        </>
      )}
      {!(brief && end !== null) && (
        <>
          detected <time dateTime={detectedAt}>{formatTimeOfDay(detectedAt)} UTC</time>
        </>
      )}
    </p>
  );
}
