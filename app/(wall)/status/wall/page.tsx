import type { Metadata } from "next";
import { StatusBoardPage } from "@/app/(app)/status/status-board-page";
import { requireUser } from "@/lib/auth/session";
import { jsonify } from "@/lib/json";
import { getStatusBoard } from "@/lib/status-board/data";

export const metadata: Metadata = { title: "Status board" };

/** The status board for a screen on the wall: large type, no controls, current by itself. */
export default async function WallRoute() {
  return <StatusBoardPage initial={jsonify(await getStatusBoard(await requireUser()))} wall />;
}
