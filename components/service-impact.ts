import type { ServiceImpact } from "@/lib/generated/prisma/enums";

/** How badly an incident hits a service, in the words the form and the war room use. */
export const IMPACT_LABELS: Record<ServiceImpact, string> = { down: "Down", degraded: "Degraded", at_risk: "At risk" };
