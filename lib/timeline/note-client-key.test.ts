import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addNote } from "@/lib/timeline/mutations";
import { declareOutage } from "@/test/incidents";
import { demoUser } from "@/test/users";

let incidentId: string;

beforeAll(async () => {
  incidentId = (await declareOutage(await demoUser("commander"))).id;
});

async function notesWith(body: string) {
  return db().timelineEvent.count({ where: { incidentId, type: "note.added", data: { path: ["body"], equals: body } } });
}

describe("a note sent again under its device's key", () => {
  it("lands once, and the repeat answers with the note already added", async () => {
    const commander = await demoUser("commander");
    const clientKey = randomUUID();
    const first = await addNote(commander, incidentId, { body: "Failover started from the phone", clientKey });
    const again = await addNote(commander, incidentId, { body: "Failover started from the phone", clientKey });
    expect(again.seq).toBe(first.seq);
    expect(await notesWith("Failover started from the phone")).toBe(1);
  });

  it("lands once when both copies arrive at the same moment", async () => {
    const commander = await demoUser("commander");
    const clientKey = randomUUID();
    const answers = await Promise.all([1, 2, 3].map(() => addNote(commander, incidentId, { body: "Sent three times at once", clientKey })));
    expect(new Set(answers.map((answer) => answer.seq)).size).toBe(1);
    expect(await notesWith("Sent three times at once")).toBe(1);
  });

  it("adds two notes with the same words under two keys", async () => {
    const commander = await demoUser("commander");
    await addNote(commander, incidentId, { body: "Twice on purpose", clientKey: randomUUID() });
    await addNote(commander, incidentId, { body: "Twice on purpose", clientKey: randomUUID() });
    expect(await notesWith("Twice on purpose")).toBe(2);
  });

  it("refuses a key that is not a UUID, in words, and adds nothing", async () => {
    const commander = await demoUser("commander");
    await expect(addNote(commander, incidentId, { body: "Bad key", clientKey: "not-a-uuid" })).rejects.toMatchObject({ kind: "invalid" });
    expect(await notesWith("Bad key")).toBe(0);
  });
});
