import { describe, expect, it } from "vitest";
import { allotWall, WALL_SLOTS } from "@/app/(app)/status/components/wall-allotment";

describe("allotWall", () => {
  it("gives one or two incidents full cards and leaves room for the history", () => {
    expect(allotWall(1, 0)).toEqual({ active: 1, drills: 0, dense: false, oneLineTitles: false, history: 4 });
    expect(allotWall(2, 0)).toEqual({ active: 2, drills: 0, dense: false, oneLineTitles: false, history: 4 });
  });

  it("makes the cards dense past two and keeps all six on the screen, with no history beside six", () => {
    expect(allotWall(4, 0)).toEqual({ active: 4, drills: 0, dense: true, oneLineTitles: false, history: 1 });
    expect(allotWall(6, 0)).toEqual({ active: WALL_SLOTS, drills: 0, dense: true, oneLineTitles: true, history: 0 });
  });

  it("names the rest on a tile in the sixth place once there are more than six", () => {
    expect(allotWall(9, 0)).toMatchObject({ active: WALL_SLOTS - 1, dense: true, history: 0 });
  });

  it("gives drills the rows active incidents leave, after a heading of their own", () => {
    expect(allotWall(1, 1)).toMatchObject({ active: 1, drills: 1, dense: true });
    expect(allotWall(2, 3)).toMatchObject({ active: 2, drills: 1 });
    expect(allotWall(5, 2)).toMatchObject({ active: 5, drills: 0 });
    expect(allotWall(0, 8)).toMatchObject({ active: 0, drills: WALL_SLOTS - 1 });
  });
});
