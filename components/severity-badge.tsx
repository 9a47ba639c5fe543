import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Severity } from "@/lib/generated/prisma/enums";
import { SEVERITY_LABELS } from "@/lib/incidents/state-machine";

const SEVERITY_TONES: Record<Severity, BadgeTone> = { critical: "critical", major: "major", minor: "minor" };

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <Badge tone={SEVERITY_TONES[severity]}>{SEVERITY_LABELS[severity]}</Badge>;
}
