import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { escalateNow } from "@/lib/escalation/mutations";
import { eventsBefore, openingEvents, TIMELINE_PAGE_SIZE } from "@/lib/timeline/data";
import { pinEvent } from "@/lib/timeline/mutations";
import { addManyNotes, declareOutage } from "@/test/incidents";
import { demoUser } from "@/test/users";

const LONG = 10_000;
let incidentId: string;
let lastSeq: number;
let pinnedSeq: number;
let firedSeq: number;

beforeAll(async () => {
  const commander = await demoUser("commander");
  incidentId = (await declareOutage(commander)).id;
  await escalateNow(commander, incidentId, { reason: "Database replica also down" });
  firedSeq = (await db().timelineEvent.findFirstOrThrow({ where: { incidentId, type: "escalation.fired" } })).seq;
  await addManyNotes(incidentId, LONG);
  pinnedSeq = firedSeq + 10;
  await pinEvent(commander, incidentId, { seq: pinnedSeq, pinned: true });
  lastSeq = (await db().incident.findUniqueOrThrow({ where: { id: incidentId } })).lastSeq;
});

describe("a long incident's timeline", () => {
  it("opens with its latest page and the old events its panels show, not the thousands before", async () => {
    const opening = await openingEvents(incidentId, lastSeq);
    const page = opening.filter((event) => event.seq > lastSeq - TIMELINE_PAGE_SIZE);
    expect(page.map((event) => event.seq)).toEqual(Array.from({ length: TIMELINE_PAGE_SIZE }, (_, index) => lastSeq - TIMELINE_PAGE_SIZE + 1 + index));
    expect(opening.filter((event) => event.seq <= lastSeq - TIMELINE_PAGE_SIZE).map((event) => event.seq)).toEqual([firedSeq, pinnedSeq]);
  });

  it("opens as of the state it was read at, not later", async () => {
    const opening = await openingEvents(incidentId, lastSeq - 1);
    expect(opening.at(-1)?.seq).toBe(lastSeq - 1);
  });

  it("gives the page before an event, newest last, and nothing before the first", async () => {
    const page = await eventsBefore(incidentId, 1_001);
    expect(page.map((event) => event.seq)).toEqual(Array.from({ length: TIMELINE_PAGE_SIZE }, (_, index) => 801 + index));
    expect(await eventsBefore(incidentId, 1)).toEqual([]);
  });
});
