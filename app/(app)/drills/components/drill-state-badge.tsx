import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { DrillState } from "@/lib/drills/due-dates";

const STATES: Record<DrillState, { label: string; tone: BadgeTone }> = {
  done: { label: "Done", tone: "ok" },
  due: { label: "Due", tone: "major" },
  overdue: { label: "Overdue", tone: "critical" },
};

/** Where a test stands against its schedule, in words as well as colour. */
export function DrillStateBadge({ state }: { state: DrillState }) {
  return <Badge tone={STATES[state].tone}>{STATES[state].label}</Badge>;
}
