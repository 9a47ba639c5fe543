import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { declareIncident, transitionIncident } from "@/lib/incidents/mutations";
import { escapeXml } from "@/lib/public-status/atom";
import { readPublicStatus } from "@/lib/public-status/data";
import { refreshPublicSnapshot } from "@/lib/public-status/snapshot";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { runDueWork } from "@/lib/scheduler/scheduler";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { addNote } from "@/lib/timeline/mutations";
import { getPublicStatus } from "@/test/public-status";
import { demoUser } from "@/test/users";
import { moveAlong } from "@/test/incidents";
import { MINUTE_MS } from "@/lib/format";

const MARKER = `internal-marker-${Date.now()}`;
const fetchJson = () => getPublicStatus("/status/public.json");
const fetchAtom = () => getPublicStatus("/status/public.atom");

async function everythingPublic() {
  const [json, atom] = await Promise.all([fetchJson(), fetchAtom()]);
  expect(json.status).toBe(200);
  expect(json.headers.get("content-type")).toContain("application/json");
  expect(atom.headers.get("content-type")).toContain("application/atom+xml");
  return { json: await json.text(), atom: await atom.text() };
}

afterAll(() => {
  delete (globalThis as { musterPublicStatus?: unknown }).musterPublicStatus;
});

describe("the public status page", () => {
  it("shows what was posted to the public and never an internal note, update, title, name or contact", async () => {
    const commander = await demoUser("commander");
    const detectedAt = new Date(Date.now() - 130 * MINUTE_MS);
    const { id } = await declareIncident(commander, {
      title: `Database corrupted ${MARKER}`,
      services: [
        { key: "database", impact: "down" },
        { key: "core-api", impact: "degraded" },
      ],
      detectedAt: detectedAt.toISOString(),
    });
    // Every level of the escalation matrix fires: their events name contacts with phones and e-mails.
    await runDueWork(() => new Date());
    expect(await db().timelineEvent.count({ where: { incidentId: id, type: "escalation.fired" } })).toBe(4);
    await addNote(commander, id, { body: `Note ${MARKER}` });
    await postStatusUpdate(commander, id, { body: `Team update ${MARKER}` });
    await postStatusUpdate(commander, id, { audience: "stakeholders", subject: `Board ${MARKER}`, body: `Stakeholders ${MARKER}` });
    await postStatusUpdate(commander, id, { audience: "public", subject: "Login trouble", body: "We are investigating <script>alert(1)</script>" });

    const { json, atom } = await everythingPublic();
    const published = `${json}\n${atom}`;
    expect(published).toContain("Login trouble");
    expect(published).toContain("We are investigating");
    expect(published).not.toContain(MARKER);
    const contacts = await db().contact.findMany();
    const users = await db().user.findMany();
    for (const secret of [...contacts.flatMap((contact) => [contact.phone, contact.email, contact.name]), ...users.flatMap((user) => [user.name, user.email])]) {
      expect(published, secret).not.toContain(secret);
    }
    // In the feed the script is text, escaped once; in JSON it is a string like any other.
    expect(atom).toContain(escapeXml("We are investigating <script>alert(1)</script>"));
    expect(atom).not.toContain("<script>");
    expect(JSON.parse(json).incidents[0].updates[0].body).toBe("We are investigating <script>alert(1)</script>");

    const status = await readPublicStatus();
    // The database is not a public service; what depends on it works poorly.
    expect(status.overall).toBe("degraded");
    expect(status.services.find((service) => service.name === "Core API")?.state).toBe("degraded");
    expect(status.incidents).toEqual([expect.objectContaining({ title: "Login trouble", status: "ongoing", services: ["Core API"] })]);
  });

  it("keeps the feed well-formed whatever an update holds, and reads a service whose dependency is down as degraded", async () => {
    expect(escapeXml("a\u001B[31mred\u0000 & <b> \uD83D\uDE00 \uD800")).toBe("a[31mred &amp; &lt;b&gt; \uD83D\uDE00 ");
    const commander = await demoUser("commander");
    const { id } = await declareIncident(commander, {
      title: "Storage",
      services: [
        { key: "database", impact: "down" },
        { key: "authentication", impact: "at_risk" },
      ],
    });
    await postStatusUpdate(commander, id, { audience: "public", body: "Sign-in is slow." });
    const status = await readPublicStatus();
    expect(status.services.find((service) => service.name === "Authentication")?.state).toBe("degraded");
    await transitionIncident(commander, id, { to: "assessing" });
    await markServiceRestored(commander, id, "database", {});
    await markServiceRestored(commander, id, "authentication", {});
  });

  it("leaves out incidents never posted to the public, and drills", async () => {
    const commander = await demoUser("commander");
    const quiet = await declareIncident(commander, { title: "Quiet", services: [{ key: "authentication", impact: "down" }] });
    await postStatusUpdate(commander, quiet.id, { audience: "stakeholders", body: "Not for the public" });
    const drill = await declareIncident(commander, { title: "Drill", services: [{ key: "mobile-api", impact: "down" }], isDrill: true });
    await postStatusUpdate(commander, drill.id, { audience: "public", body: "Drill update" });
    const status = await readPublicStatus();
    expect(status.services.find((service) => service.name === "Authentication")?.state).not.toBe("outage");
    expect(status.services.find((service) => service.name === "Mobile API")?.state).not.toBe("outage");
    expect(JSON.stringify(status)).not.toContain("Drill update");
    expect(JSON.stringify(status)).not.toContain("Not for the public");
  });

  it("shows a resolved incident in the history with its resolution time", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareIncident(commander, { title: "CDN", services: [{ key: "web-application", impact: "degraded" }] });
    await postStatusUpdate(commander, id, { audience: "public", subject: "Slow pages", body: "Pages load slowly." });
    await markServiceRestored(commander, id, "web-application", {});
    await moveAlong(commander, id);
    const { resolvedAt } = await db().incident.findUniqueOrThrow({ where: { id } });
    const status = await readPublicStatus();
    expect(status.incidents.find((incident) => incident.title === "Slow pages")).toMatchObject({
      status: "resolved",
      resolvedAt: resolvedAt!.toISOString(),
    });
  });

  it("answers with the last known state, and since when, when the database cannot be reached", async () => {
    const known = await readPublicStatus();
    expect(known.stale).toBe(false);
    const served = await (await fetchJson()).json();
    const databaseUrl = process.env.DATABASE_URL;
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/nothing";
    try {
      const later = new Date(Date.parse(known.asOf) + MINUTE_MS);
      const stale = await readPublicStatus(later);
      expect(stale).toMatchObject({ stale: true, asOf: known.asOf, unreachableSince: later.toISOString(), services: known.services });
      // The scheduler's pass is what tells the served snapshot that the database went away.
      await refreshPublicSnapshot();
      const json = await fetchJson();
      expect(json.status).toBe(200);
      // The time the page shows is when it first read this state.
      expect(await json.json()).toMatchObject({ stale: true, asOf: served.asOf, unreachableSince: later.toISOString() });
      // Asked again within the probe interval, it answers at once without trying the database.
      expect(await readPublicStatus(new Date(later.getTime() + 1_000))).toMatchObject({ stale: true, asOf: known.asOf });
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = databaseUrl;
    }
    const afterwards = new Date(Date.parse(known.asOf) + 2 * MINUTE_MS);
    expect(await readPublicStatus(afterwards)).toMatchObject({ stale: false, asOf: afterwards.toISOString(), unreachableSince: null });
  });
});
