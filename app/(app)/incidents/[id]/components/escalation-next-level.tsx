"use client";
import { MINUTE_MS } from "@/lib/format";
import { useNow } from "@/components/clock-provider";
import { formatMinutes } from "@/lib/format";

type EscalationNextLevelProps = { next: { name: string; dueAt: string } | null; paused: boolean };

/** "Next: Level 3 in 24 min", counting down; held while escalation is paused. */
export function EscalationNextLevel({ next, paused }: EscalationNextLevelProps) {
  const now = useNow();
  if (!next) return <p className="text-sm text-ink-muted">Every level of the plan has been reached.</p>;
  let when: string | null;
  if (paused) when = "paused";
  else if (now === null) when = null;
  else {
    const left = Date.parse(next.dueAt) - now;
    // Rounded up: "in 1 min" until the level fires, never "in 0 min".
    when = left > 0 ? `in ${formatMinutes(Math.ceil(left / MINUTE_MS))}` : "due now";
  }
  return (
    <p className="text-sm text-ink-muted">
      Next: <span className="font-medium text-ink">{next.name}</span>
      {when && <span className="tabular-nums"> {paused ? `— ${when}` : when}</span>}
    </p>
  );
}
