// The wall fits one screen without scrolling: at most three rows of two incident cards, dense once
// more than two share the screen. A section cut short gives its last place to a tile naming the
// rest. What is broken now needs the room: reviews overdue and recent endings get the rows left.

/** Three rows of two cards. */
export const WALL_SLOTS = 6;

export type WallAllotment = {
  /** Cards for active incidents and for drills; the rest are named on a tile. */
  active: number;
  drills: number;
  /** Each card keeps to a few lines. */
  dense: boolean;
  /** Three rows of cards: each title keeps to one line. */
  oneLineTitles: boolean;
  /** Reviews overdue and recently resolved incidents, together. */
  history: number;
};

function fit(count: number, slots: number): number {
  return count <= slots ? count : Math.max(slots - 1, 0);
}

/** The slots a section takes: its cards and, when cut short, the tile naming the rest, in whole rows. */
function rowSlots(shown: number, count: number): number {
  return Math.ceil((shown + (count > shown ? 1 : 0)) / 2) * 2;
}

export function allotWall(active: number, drills: number): WallAllotment {
  const activeShown = fit(active, WALL_SLOTS);
  // The drills' own heading costs about a row.
  const drillSlots = active > 0 ? WALL_SLOTS - rowSlots(activeShown, active) - 2 : WALL_SLOTS;
  const drillsShown = drillSlots > 0 ? fit(drills, drillSlots) : 0;
  const cards = activeShown + drillsShown;
  const dense = cards > 2 || (active > 0 && drills > 0);
  const history = cards <= 2 && !dense ? 4 : cards <= 4 ? 1 : 0;
  return { active: activeShown, drills: drillsShown, dense, oneLineTitles: cards > 4, history };
}
