// A change to the status board as it travels to the people watching it: built once per change on
// each node and pushed to the board's room, so a change costs the server the same whether ten or
// a thousand people watch. Only what changed travels — the cards of incidents that changed, the
// health tiles that changed — with the version it applies to; a viewer holding another version
// fetches the board once instead.
import type { BoardIncidentView, ServiceHealthView, StatusBoardView } from "@/lib/status-board/types";

export type BoardChanges = {
  kind: "changes";
  /** The version these changes apply to, and the one they make. */
  base: string;
  version: string;
  generatedAt: string;
  /** Cards of incidents new to the board or changed, active or drill. */
  cards: BoardIncidentView[];
  /** Every card's place, by id: what is not listed has left the board. */
  active: string[];
  drills: string[];
  /** Tiles that changed; `services` gives every tile's place when the plan's services changed. */
  health: ServiceHealthView[];
  services?: string[];
  resolved?: StatusBoardView["resolved"];
  overdueReviews?: StatusBoardView["overdueReviews"];
};

/** The whole board, for a viewer the node has nothing earlier to compare with. */
export type BoardUpdate = { kind: "board"; board: StatusBoardView } | BoardChanges;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ids = (cards: readonly { id: string }[]) => cards.map((card) => card.id);

/** What turns `before` into `after`. */
export function boardChanges(before: StatusBoardView, after: StatusBoardView): BoardChanges {
  const held = new Map([...before.active, ...before.drills].map((card) => [card.id, card]));
  const tiles = new Map(before.health.map((tile) => [tile.key, tile]));
  const services = ids(after.health.map((tile) => ({ id: tile.key })));
  return {
    kind: "changes",
    base: before.version,
    version: after.version,
    generatedAt: after.generatedAt,
    cards: [...after.active, ...after.drills].filter((card) => !same(held.get(card.id), card)),
    active: ids(after.active),
    drills: ids(after.drills),
    health: after.health.filter((tile) => !same(tiles.get(tile.key), tile)),
    ...(same(services, before.health.map((tile) => tile.key)) ? {} : { services }),
    ...(same(before.resolved, after.resolved) ? {} : { resolved: after.resolved }),
    ...(same(before.overdueReviews, after.overdueReviews) ? {} : { overdueReviews: after.overdueReviews }),
  };
}

/** The board after an update, or null when the changes are for a version other than the one held. */
export function applyBoardUpdate(board: StatusBoardView | undefined, update: BoardUpdate): StatusBoardView | null {
  if (update.kind === "board") return update.board;
  if (!board || board.version !== update.base) return null;
  const cards = new Map([...board.active, ...board.drills, ...update.cards].map((card) => [card.id, card]));
  const tiles = new Map([...board.health, ...update.health].map((tile) => [tile.key, tile]));
  const place = (order: string[]) => order.map((id) => cards.get(id)).filter((card) => card !== undefined);
  const tileOrder = update.services ?? board.health.map((tile) => tile.key);
  const health = tileOrder.map((key) => tiles.get(key)).filter((tile): tile is ServiceHealthView => tile !== undefined);
  if (place(update.active).length !== update.active.length || place(update.drills).length !== update.drills.length || health.length !== tileOrder.length) return null;
  return {
    version: update.version,
    generatedAt: update.generatedAt,
    active: place(update.active),
    drills: place(update.drills),
    health,
    resolved: update.resolved ?? board.resolved,
    overdueReviews: update.overdueReviews ?? board.overdueReviews,
  };
}
