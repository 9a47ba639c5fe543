"use client";
import { useNow } from "@/components/clock-provider";
import { formatTimeOfDay } from "@/components/clock-format";

/** The time (UTC) on a wall screen: every clock on the board counts from it. */
export function WallClock() {
  const now = useNow();
  if (now === null) return null;
  return (
    <p className="text-2xl font-semibold text-ink tabular-nums">
      {formatTimeOfDay(new Date(now).toISOString())} <span className="text-base font-normal text-ink-muted">UTC</span>
    </p>
  );
}
