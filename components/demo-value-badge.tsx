import { Badge } from "@/components/ui/badge";

/**
 * Marks a stand-in for a value the plan leaves as a placeholder, until an admin enters the real one.
 * Compact where space is short and the page already explains it.
 */
export function DemoValueBadge({ compact = false }: { compact?: boolean }) {
  return <Badge tone="major">{compact ? "Demo" : "Demo value — replace"}</Badge>;
}
