import type { UserRole } from "@/lib/generated/prisma/enums";

// The roles as the people in DESIGN.md know them.
const ROLE_LABELS: Record<UserRole, string> = {
  admin: "Plan admin",
  commander: "Incident commander",
  responder: "Responder",
  viewer: "Management (read-only)",
};

export function UserSummary({ name, role }: { name: string; role: UserRole }) {
  return (
    <div className="min-w-0">
      <p className="truncate text-sm font-medium text-ink">{name}</p>
      <p className="truncate text-xs text-ink-muted">{ROLE_LABELS[role]}</p>
    </div>
  );
}
