import type { Severity } from "@/lib/generated/prisma/enums";

/** The plan's severity tiers, as words. */
export const SEVERITY_LABELS: Record<Severity, string> = { critical: "Critical", major: "Major", minor: "Minor" };
