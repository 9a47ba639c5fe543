import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { IncidentState } from "@/lib/generated/prisma/enums";
import { isActive, STATE_LABELS } from "@/lib/incidents/state-machine";

// Severity carries the alarm colour; the state stays calm: blue while worked, green once resolved.
function toneFor(state: IncidentState): BadgeTone {
  if (isActive(state)) return "accent";
  return state === "resolved" ? "ok" : "neutral";
}

export function IncidentStateBadge({ state }: { state: IncidentState }) {
  return (
    <Badge tone={toneFor(state)}>
      <span className="sr-only">State: </span>
      {STATE_LABELS[state]}
    </Badge>
  );
}
