// The status board as the browser receives it (dates as ISO strings).
import type { Jsonify } from "@/lib/json";
import type { StatusBoard } from "@/lib/status-board/data";

/** Resolved incidents stay on the board this many days. */
export const RECENTLY_RESOLVED_DAYS = 14;

export type StatusBoardView = Jsonify<StatusBoard>;
export type BoardIncidentView = StatusBoardView["active"][number];
export type ServiceHealthView = StatusBoardView["health"][number];
export type ResolvedIncidentView = StatusBoardView["resolved"][number];
export type OverdueReviewView = StatusBoardView["overdueReviews"][number];
