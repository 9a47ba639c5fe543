import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE_BY_PRIORITY: Record<number, BadgeTone> = { 1: "critical", 2: "major", 3: "minor" };

/** The service priority matrix's 1 (most urgent) to 4. */
export function PriorityBadge({ priority }: { priority: number }) {
  return (
    <Badge tone={TONE_BY_PRIORITY[priority] ?? "neutral"}>
      <span aria-hidden="true">P{priority}</span>
      <span className="sr-only">Priority {priority}</span>
    </Badge>
  );
}
