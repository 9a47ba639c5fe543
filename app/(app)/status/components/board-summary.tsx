import type { Health } from "@/lib/services/health";
import type { StatusBoardView } from "@/lib/status-board/types";
import { formatCount } from "@/lib/format";

function count(board: StatusBoardView, health: Health) {
  return board.health.filter((service) => service.health === health).length;
}

/** The board in one line: how many incidents, how many services down, degraded or at risk. */
export function BoardSummary({ board, wall }: { board: StatusBoardView; wall: boolean }) {
  const real = board.active.length;
  const drills = board.drills.length;
  const down = count(board, "down");
  const degraded = count(board, "degraded");
  const atRisk = count(board, "at_risk");
  const calm = real === 0 && down + degraded + atRisk === 0;
  const parts = [
    formatCount(real, "active incident"),
    drills > 0 ? formatCount(drills, "drill") : null,
    down > 0 ? `${formatCount(down, "service")} down` : null,
    degraded > 0 ? `${degraded} degraded` : null,
    atRisk > 0 ? `${atRisk} at risk` : null,
  ].filter(Boolean);
  return (
    <p
      role="status"
      className={`rounded-xl border px-5 py-4 font-semibold ${wall ? "text-2xl" : "text-lg"} ${
        calm ? "border-ok-line bg-ok-soft text-ok" : down > 0 ? "border-critical-line bg-critical-soft text-critical" : "border-major-line bg-major-soft text-major"
      }`}
    >
      {calm ? "All services operational, no active incident" : parts.join(" · ")}
    </p>
  );
}
