"use client";
import { useNow } from "@/components/clock-provider";
import { describeRtoClock, rtoTone, type RtoTone } from "@/components/clock-format";

const RTO_TONE_TEXT: Record<RtoTone, string> = {
  calm: "text-ink",
  warning: "text-major",
  breached: "text-critical",
};

type RtoCountdownProps = { detectedAt: string; deadline: string; className?: string };

/** Time left to an RTO deadline (seconds only in its last minutes): calm, amber in its last quarter, red once breached. */
export function RtoCountdown({ detectedAt, deadline, className = "" }: RtoCountdownProps) {
  const now = useNow();
  if (now === null) return null;
  const deadlineMs = Date.parse(deadline);
  const tone = rtoTone(Date.parse(detectedAt), deadlineMs, now);
  return (
    <span className={`font-semibold tabular-nums ${RTO_TONE_TEXT[tone]} ${className}`}>{describeRtoClock(deadlineMs, now)}</span>
  );
}
