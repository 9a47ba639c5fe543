"use client";
import { formatDuration, formatTimeOfDay } from "@/components/clock-format";
import { useNow } from "@/components/clock-provider";

/** How long the incident has run, in whole minutes, and when it was detected. */
type ElapsedClockProps = { detectedAt: string; stoppedAt: string | null; className?: string };

export function ElapsedClock({ detectedAt, stoppedAt, className = "text-sm" }: ElapsedClockProps) {
  const now = useNow();
  const end = stoppedAt ? Date.parse(stoppedAt) : now;
  return (
    <p className={`text-ink-muted ${className}`}>
      {end !== null && (
        <>
          <span className="font-semibold text-ink tabular-nums">{formatDuration(end - Date.parse(detectedAt))}</span>{" "}
          {stoppedAt ? "to resolution" : "since detection"} ·{" "}
        </>
      )}
      detected <time dateTime={detectedAt}>{formatTimeOfDay(detectedAt)} UTC</time>
    </p>
  );
}
