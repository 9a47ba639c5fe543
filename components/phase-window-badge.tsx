import { Badge } from "@/components/ui/badge";

/** A runbook phase's time window ("0–15 min"); in a live incident, marked once it has passed. */
export function PhaseWindowBadge({ window, passed = false }: { window: string; passed?: boolean }) {
  return (
    <Badge tone={passed ? "major" : "accent"}>
      <span className="sr-only">Time window: </span>
      <span className="tabular-nums">{window}</span>
      {passed && <span>· passed</span>}
    </Badge>
  );
}
