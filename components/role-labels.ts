import type { UserRole } from "@/lib/generated/prisma/enums";

// The roles as the people in DESIGN.md know them.
export const ROLE_LABELS: Record<UserRole, string> = {
  admin: "Plan admin",
  commander: "Incident commander",
  responder: "Responder",
  viewer: "Management (read-only)",
};

