import type { Metadata } from "next";
import { StatusBoardPage } from "@/app/(app)/status/status-board-page";
import { requireUser } from "@/lib/auth/session";
import { getBackupStatus } from "@/lib/backups/data";
import { presentBackupStatus } from "@/lib/backups/present";
import { jsonify } from "@/lib/json";
import { getStatusBoard } from "@/lib/status-board/data";
import { presentStatusBoard } from "@/lib/status-board/present";

export const metadata: Metadata = { title: "Status board" };

export default async function StatusRoute() {
  const user = await requireUser();
  const [board, backups] = await Promise.all([getStatusBoard(user), getBackupStatus(user)]);
  return <StatusBoardPage initial={jsonify(presentStatusBoard(board))} wall={false} backupAlerts={presentBackupStatus(backups).alerts} />;
}
