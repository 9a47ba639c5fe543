import { Badge } from "@/components/ui/badge";

/** Marks an exercise, so nobody mistakes it for a real outage. */
export function DrillBadge() {
  return <Badge>Drill</Badge>;
}
