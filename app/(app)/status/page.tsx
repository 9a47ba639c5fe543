import type { Metadata } from "next";
import { StatusBoardPage } from "@/app/(app)/status/status-board-page";
import { jsonify } from "@/lib/json";
import { getStatusBoard } from "@/lib/status-board/data";

export const metadata: Metadata = { title: "Status board" };

type StatusRouteProps = { searchParams: Promise<{ view?: string | string[] }> };

export default async function StatusRoute({ searchParams }: StatusRouteProps) {
  const { view } = await searchParams;
  return <StatusBoardPage initial={jsonify(await getStatusBoard())} wall={view === "wall"} />;
}
