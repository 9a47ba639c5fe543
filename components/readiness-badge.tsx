import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ReadinessState } from "@/lib/readiness/types";
import { READINESS_LABELS } from "@/lib/readiness/words";

// A proof that missed its RTO is a miss, red; one that lapsed only needs renewing, amber.
const TONE_BY_STATE: Record<ReadinessState, BadgeTone> = { proven: "ok", missed: "critical", lapsed: "major", never: "neutral" };

/** Whether a service's recovery is proven: the words, with a colour that only repeats them. */
export function ReadinessBadge({ state }: { state: ReadinessState }) {
  return <Badge tone={TONE_BY_STATE[state]}>{READINESS_LABELS[state]}</Badge>;
}
