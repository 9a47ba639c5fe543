// The status board as the browser receives it (dates as ISO strings).
import type { Jsonify } from "@/lib/json";
import type { StatusBoardAnswer } from "@/lib/status-board/present";

/** Resolved incidents stay on the board this many days. */
export const RECENTLY_RESOLVED_DAYS = 14;

export type StatusBoardView = Jsonify<StatusBoardAnswer>;
export type BoardIncidentView = StatusBoardView["active"][number];
export type ServiceHealthView = StatusBoardView["health"][number];
export type ResolvedIncidentView = StatusBoardView["resolved"][number];
export type OverdueReviewView = StatusBoardView["overdueReviews"][number];
