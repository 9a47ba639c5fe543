"use client";
import { useQuery } from "@tanstack/react-query";
import { BackupAlerts } from "@/app/(app)/components/backup-alerts";
import { api } from "@/components/live/api-client";
import { STATUS_BOARD_KEY } from "@/components/live/use-status-board-live";
import type { BackupAlertView, BackupStatusView } from "@/lib/backups/present";

// Under the board's key, so every signal that refreshes the board refreshes these too.
const BACKUP_ALERTS_KEY = [...STATUS_BOARD_KEY, "backup-alerts"] as const;
// Time alone moves a restore point past its RPO, with no write to signal it.
const REFETCH_MS = 60_000;

/** The board's line for backups beyond their RPO and checks overdue; nothing when all is well. */
export function BoardBackupAlerts({ initial, wall }: { initial: BackupAlertView[]; wall: boolean }) {
  const { data: alerts } = useQuery({
    queryKey: BACKUP_ALERTS_KEY,
    queryFn: async () => (await api<BackupStatusView>("/api/backups/status")).alerts,
    initialData: initial,
    staleTime: Infinity,
    refetchInterval: REFETCH_MS,
  });
  return <BackupAlerts alerts={alerts} linked={!wall} />;
}
