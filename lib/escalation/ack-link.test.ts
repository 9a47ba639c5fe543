import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/escalations/[id]/email-acknowledgement/route";
import { db } from "@/lib/db";
import { ACKNOWLEDGEMENT_LINK_LIFETIME_MS, acknowledgementLink, verifyAcknowledgementLink } from "@/lib/escalation/ack-link";
import { runDueWork } from "@/lib/scheduler/scheduler";
import { declareOutage } from "@/test/incidents";
import { demoUser } from "@/test/users";

const DAY_MS = 24 * 60 * 60_000;

async function firedLevelTwo() {
  const { id } = await declareOutage();
  await runDueWork(() => new Date("2026-11-25T10:31:00Z"));
  return db().incidentEscalation.findFirstOrThrow({ where: { incidentId: id, level: { key: "level-2" } } });
}

const open = (link: string, escalationId: string) => GET(new Request(link), { params: Promise.resolve({ id: escalationId }) });
const press = (link: string, escalationId: string) => POST(new Request(link, { method: "POST" }), { params: Promise.resolve({ id: escalationId }) });

describe("the e-mailed acknowledgement link", () => {
  it("works for 7 days and then says it has expired", () => {
    const madeAt = new Date("2026-11-25T10:31:00Z");
    const link = new URL(acknowledgementLink("escalation-1", "user-1", madeAt)).searchParams;
    const after = (ms: number) => verifyAcknowledgementLink("escalation-1", link, new Date(madeAt.getTime() + ms));
    expect(after(0)).toBe("valid");
    expect(after(ACKNOWLEDGEMENT_LINK_LIFETIME_MS - 1)).toBe("valid");
    expect(after(ACKNOWLEDGEMENT_LINK_LIFETIME_MS)).toBe("expired");
    expect(ACKNOWLEDGEMENT_LINK_LIFETIME_MS).toBe(7 * DAY_MS);
  });

  it("is invalid once its expiry, person or escalation is changed", () => {
    const link = new URL(acknowledgementLink("escalation-1", "user-1")).searchParams;
    const extended = new URLSearchParams(link);
    extended.set("expires", String(Date.now() + 365 * DAY_MS));
    expect(verifyAcknowledgementLink("escalation-1", extended)).toBe("invalid");
    const someoneElse = new URLSearchParams(link);
    someoneElse.set("user", "user-2");
    expect(verifyAcknowledgementLink("escalation-1", someoneElse)).toBe("invalid");
    expect(verifyAcknowledgementLink("escalation-2", link)).toBe("invalid");
  });

  it("acknowledges from a fresh link; an expired link's page says so and acknowledges nothing", async () => {
    const responder = await demoUser("responder");
    const escalation = await firedLevelTwo();
    const stale = acknowledgementLink(escalation.id, responder.id, new Date(Date.now() - 8 * DAY_MS));
    for (const answer of [await open(stale, escalation.id), await press(stale, escalation.id)]) {
      expect(answer.status).toBe(410);
      expect(await answer.text()).toContain("This link has expired");
    }
    expect(await db().escalationAcknowledgement.count({ where: { incidentEscalationId: escalation.id } })).toBe(0);

    const fresh = acknowledgementLink(escalation.id, responder.id);
    expect((await open(fresh, escalation.id)).status).toBe(200);
    expect((await press(fresh, escalation.id)).status).toBe(201);
    expect(await db().escalationAcknowledgement.findMany({ where: { incidentEscalationId: escalation.id } })).toMatchObject([
      { userId: responder.id, via: "email" },
    ]);
  });
});
