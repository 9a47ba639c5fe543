import { VERDICT_LABELS } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { Badge } from "@/components/ui/badge";
import type { Verdict } from "@/lib/reviews/outcomes";

const TONES = { met: "ok", missed: "critical", not_recorded: "neutral" } as const;

/** Whether an objective was met, in words as well as colour. */
export function VerdictBadge({ verdict, objective }: { verdict: Verdict; objective: "RTO" | "RPO" }) {
  return (
    <Badge tone={TONES[verdict]}>
      <span className="sr-only">{objective}: </span>
      {VERDICT_LABELS[verdict]}
    </Badge>
  );
}
