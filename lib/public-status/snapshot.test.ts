import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { declareIncident } from "@/lib/incidents/mutations";
import { answerPublicStatus } from "@/lib/public-status/serve";
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

  it("after two public updates at once, serves one snapshot with both, and never an older one after it", async () => {
    const commander = await demoUser("commander");
    const before = await publicSnapshot();
    const { id } = await declareIncident(commander, { title: "Video calls drop", services: [{ key: "voice-video", impact: "degraded" }] });
    await Promise.all([
      postStatusUpdate(commander, id, { audience: "public", subject: "Calls drop", body: "First word on the calls." }),
      postStatusUpdate(commander, id, { audience: "public", body: "Second word on the calls." }),
    ]);
    const after = await publicSnapshot();
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.json.bytes.toString()).toContain("First word on the calls.");
    expect(after.json.bytes.toString()).toContain("Second word on the calls.");
    expect((await publicSnapshot()).version).toBe(after.version);
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

  it("serves the page with a policy that allows its scripts by hash, and no nonce", async () => {
    const page = await getPublicStatus("/status/public");
    const policy = page.headers.get("content-security-policy")!;
    const html = await page.text();
    expect(policy).toMatch(/script-src 'sha256-[\w+/=]+' 'sha256-[\w+/=]+';/);
    expect(policy).not.toContain("nonce");
    expect(policy).not.toContain("'self' 'sha256");
    // Exactly the scripts the policy names, each by the hash of its text.
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    expect(scripts).toHaveLength(2);
    for (const script of scripts) expect(policy).toContain(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
    expect(html).toContain("Search is down");
  });

  it("sends the gzip made with the snapshot to whoever takes it, and knows either tag as current", async () => {
    const plain = await answerPublicStatus("/status/public", "GET");
    const zipped = await answerPublicStatus("/status/public", "GET", { "accept-encoding": "br, gzip;q=0.8" });
    expect(zipped?.headers["Content-Encoding"]).toBe("gzip");
    expect(zipped?.headers.Vary).toBe("Accept-Encoding");
    expect(gunzipSync(zipped!.body!).equals(plain!.body!)).toBe(true);
    expect(zipped?.headers.ETag).not.toBe(plain?.headers.ETag);
    expect((await answerPublicStatus("/status/public", "GET", { "accept-encoding": "gzip;q=0" }))?.headers["Content-Encoding"]).toBeUndefined();
    for (const tag of [plain!.headers.ETag, zipped!.headers.ETag]) {
      expect((await answerPublicStatus("/status/public", "GET", { "if-none-match": tag, "accept-encoding": "gzip" }))?.status).toBe(304);
    }
  });

  it("leaves every other method of the page to Next's 405, and answers HEAD without a body", async () => {
    expect(await answerPublicStatus("/status/public.json", "POST")).toBeNull();
    expect(await answerPublicStatus("/status/public", "OPTIONS")).toBeNull();
    expect((await answerPublicStatus("/status/public.json", "OPTIONS"))?.headers.Allow).toBe("GET, HEAD, OPTIONS");
    const head = await answerPublicStatus("/status/public.atom", "HEAD");
    expect(head?.body).toBeNull();
    expect(Number(head?.headers["Content-Length"])).toBeGreaterThan(0);
    expect(await answerPublicStatus("/status/elsewhere", "GET")).toBeNull();
  });
});
