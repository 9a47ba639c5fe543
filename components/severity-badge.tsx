import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Severity } from "@/lib/generated/prisma/enums";

const SEVERITY: Record<Severity, { label: string; tone: BadgeTone }> = {
  critical: { label: "Critical", tone: "critical" },
  major: { label: "Major", tone: "major" },
  minor: { label: "Minor", tone: "minor" },
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <Badge tone={SEVERITY[severity].tone}>{SEVERITY[severity].label}</Badge>;
}
