import { ROLE_LABELS } from "@/components/role-labels";
import type { UserRole } from "@/lib/generated/prisma/enums";

export function UserSummary({ name, role }: { name: string; role: UserRole }) {
  return (
    <div className="min-w-0">
      <p className="truncate text-sm font-medium text-ink">{name}</p>
      <p className="truncate text-xs text-ink-muted">{ROLE_LABELS[role]}</p>
    </div>
  );
}
