import type { Metadata } from "next";
import { StatusBoardPage } from "@/app/(app)/status/status-board-page";
import { requireUser } from "@/lib/auth/session";
import { jsonify } from "@/lib/json";
import { getStatusBoard } from "@/lib/status-board/data";

export const metadata: Metadata = { title: "Status board" };

export default async function StatusRoute() {
  return <StatusBoardPage initial={jsonify(await getStatusBoard(await requireUser()))} wall={false} />;
}
