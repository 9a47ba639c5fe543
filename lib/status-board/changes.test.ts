import { describe, expect, it } from "vitest";
import { transitionIncident } from "@/lib/incidents/mutations";
import { jsonify } from "@/lib/json";
import { applyBoardUpdate, boardChanges } from "@/lib/status-board/changes";
import { readStatusBoard } from "@/lib/status-board/data";
import { presentStatusBoard } from "@/lib/status-board/present";
import { declareOutage, moveAlong } from "@/test/incidents";
import { demoUser } from "@/test/users";

const boardNow = async () => jsonify(presentStatusBoard(await readStatusBoard()));

describe("the board's changes", () => {
  it("turn the board a viewer holds into the board a fresh read shows, as incidents come, change and go", async () => {
    const commander = await demoUser("commander");
    const staying = await declareOutage(commander, { title: "Stays on the board" });
    const leaving = await declareOutage(commander, { title: "Leaves the board" });
    const first = await boardNow();

    const arriving = await declareOutage(commander, { title: "Joins the board", severity: "critical" });
    await transitionIncident(commander, staying.id, { to: "assessing" });
    await moveAlong(commander, leaving.id);
    const second = await boardNow();

    const changes = boardChanges(first, second);
    expect(changes.cards.map((card) => card.id).sort()).toEqual([arriving.id, staying.id].sort());
    expect(changes.active).not.toContain(leaving.id);
    expect(changes.resolved?.map((incident) => incident.id)).toContain(leaving.id);
    expect(applyBoardUpdate(first, changes)).toEqual(second);
  });

  it("are refused for a board of another version, and nothing changed reads as the same version", async () => {
    const before = await boardNow();
    expect((await boardNow()).version).toBe(before.version);
    await declareOutage(await demoUser("commander"), { title: "Another change" });
    const after = await boardNow();
    expect(after.version).not.toBe(before.version);
    const changes = boardChanges(before, after);
    expect(applyBoardUpdate({ ...before, version: "something else" }, changes)).toBeNull();
    expect(applyBoardUpdate(undefined, changes)).toBeNull();
    expect(applyBoardUpdate(before, { kind: "board", board: after })).toEqual(after);
  });
});
