import { describe, expect, it } from "vitest";
import { declareIncident } from "@/lib/incidents/mutations";
import { publicSnapshot } from "@/lib/public-status/snapshot";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { addNote } from "@/lib/timeline/mutations";
import { getPublicStatus } from "@/test/public-status";
import { demoUser } from "@/test/users";

describe("the public status snapshot", () => {
  it("keeps its ETags while nothing public changes, and changes them with a public update", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareIncident(commander, { title: "Queue backlog", services: [{ key: "real-time-messaging", impact: "degraded" }] });
    await postStatusUpdate(commander, id, { audience: "public", subject: "Messages are slow", body: "Messages arrive late." });
    const first = await publicSnapshot();
    expect(first.json.bytes.toString()).toContain("Messages are slow");

    // Written, but nothing the public sees.
    await addNote(commander, id, { body: "Internal: the broker is at 90 %" });
    await postStatusUpdate(commander, id, { audience: "internal", body: "Broker restart at 10:40" });
    const unchanged = await publicSnapshot();
    expect(unchanged.json.etag).toBe(first.json.etag);
    expect(unchanged.html.etag).toBe(first.html.etag);
    expect(unchanged.atom.etag).toBe(first.atom.etag);

    await postStatusUpdate(commander, id, { audience: "public", body: "The backlog is draining." });
    const changed = await publicSnapshot();
    expect(changed.version).toBeGreaterThan(first.version);
    for (const kind of ["json", "html", "atom"] as const) {
      expect(changed[kind].etag).not.toBe(first[kind].etag);
      expect(changed[kind].bytes.toString()).toContain("The backlog is draining.");
    }
  });

  it("answers 304 to its own ETag and the current body to an older one", async () => {
    const first = await getPublicStatus("/status/public.json");
    const etag = first.headers.get("etag")!;
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/);

    const again = await getPublicStatus("/status/public.json", etag);
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect((await getPublicStatus("/status/public.json", `W/${etag}, "other"`)).status).toBe(304);

    const commander = await demoUser("commander");
    const { id } = await declareIncident(commander, { title: "Search down", services: [{ key: "web-application", impact: "down" }] });
    await postStatusUpdate(commander, id, { audience: "public", subject: "Search is down", body: "Searching fails." });
    const newer = await getPublicStatus("/status/public.json", etag);
    expect(newer.status).toBe(200);
    expect(await newer.text()).toContain("Search is down");
  });

  it("serves the page with a policy that allows its one script by hash, and no nonce", async () => {
    const page = await getPublicStatus("/status/public");
    const policy = page.headers.get("content-security-policy")!;
    const html = await page.text();
    expect(policy).toMatch(/script-src 'sha256-[\w+/=]+'(;|$)/);
    expect(policy).not.toContain("nonce");
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain("Search is down");
  });
});
