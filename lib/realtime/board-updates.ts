// The status board, pushed to the people watching it as data. Each node builds the board once per
// change (whoever committed it) and sends its own viewers what changed since the board it sent
// last: the cost of a change is one read and one broadcast, however many watch.
import { jsonify } from "@/lib/json";
import type { RealtimeServer } from "@/lib/realtime/server";
import { boardChanges, type BoardUpdate } from "@/lib/status-board/changes";
import { readStatusBoard } from "@/lib/status-board/data";
import { presentStatusBoard } from "@/lib/status-board/present";
import type { StatusBoardView } from "@/lib/status-board/types";

export const BOARD_ROOM = "board";

/**
 * Under a storm of ticks the board is built at most this often (the first change at once, the rest
 * gathered): its cost stays flat, and a viewer is never more than this behind.
 */
const BOARD_UPDATE_INTERVAL_MS = 500;

/** What one node keeps of the board it pushes. */
export type BoardPush = {
  lastAt: number;
  timer?: ReturnType<typeof setTimeout>;
  building: boolean;
  /** A change came while the board was being built: build it again after. */
  again: boolean;
  /** The board as this node's viewers were last sent it. */
  sent?: StatusBoardView;
};

export const newBoardPush = (): BoardPush => ({ lastAt: 0, building: false, again: false });

/** After a commit: the board is built again and its changes pushed, unless nobody here watches. */
export function pushBoardUpdate(io: RealtimeServer, push: BoardPush) {
  if (push.timer) return;
  if (push.building) {
    push.again = true;
    return;
  }
  const wait = push.lastAt + BOARD_UPDATE_INTERVAL_MS - Date.now();
  if (wait <= 0) void build(io, push);
  else push.timer = setTimeout(() => void build(io, push), wait);
}

async function build(io: RealtimeServer, push: BoardPush) {
  push.timer = undefined;
  push.lastAt = Date.now();
  // Nobody on this node watches: nothing to build. A viewer who joins fetches the board itself.
  if (!io.of("/").adapter.rooms.get(BOARD_ROOM)?.size) {
    push.sent = undefined;
    return;
  }
  push.building = true;
  try {
    const board = jsonify(presentStatusBoard(await readStatusBoard()));
    if (board.version !== push.sent?.version) {
      const update: BoardUpdate = push.sent ? boardChanges(push.sent, board) : { kind: "board", board };
      io.local.to(BOARD_ROOM).emit("board:update", update);
    }
    push.sent = board;
  } catch (error) {
    // Viewers keep what they have; the next change sends the whole board.
    console.error("Could not build the status board to push", error);
    push.sent = undefined;
  } finally {
    push.building = false;
    if (push.again) {
      push.again = false;
      pushBoardUpdate(io, push);
    }
  }
}
