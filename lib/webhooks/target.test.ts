import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { postWebhook } from "@/lib/outbound/webhook";
import { createWebhook } from "@/lib/webhooks/mutations";
import { demoUser } from "@/test/users";

let receiver: Server;
let port = 0;
let hits = 0;
let answer = { status: 200, location: "" };

beforeAll(async () => {
  receiver = createServer((request, response) => {
    hits++;
    request.resume();
    response.writeHead(answer.status, answer.location ? { location: answer.location } : {}).end("internal secret detail");
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  port = (receiver.address() as AddressInfo).port;
});
afterAll(() => receiver.close());
afterEach(() => {
  delete process.env.MUSTER_WEBHOOK_ALLOWED_HOSTS;
  hits = 0;
  answer = { status: 200, location: "" };
});

async function refusal(url: string): Promise<DomainError> {
  const error = await createWebhook(await demoUser("admin"), { name: "Inside", url }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("webhook targets", () => {
  it.each([
    "http://127.0.0.1/hook",
    "http://localhost:3000/hook",
    "http://0.0.0.0/",
    "http://[::]/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://10.1.2.3/",
    "http://172.20.0.1/",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data",
    "http://100.64.0.1/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://224.0.0.1/",
  ])("refuses %s when it is added, in words, and stores nothing", async (url) => {
    const before = await db().webhook.count();
    const error = await refusal(url);
    expect(error.kind).toBe("invalid");
    expect(error.field).toBe("url");
    expect(error.message).toMatch(/^url must be a receiver outside Muster's network: the target (resolves to a private address|is Muster's own address)$/);
    expect(await db().webhook.count()).toBe(before);
  });

  it("refuses Muster's own address", async () => {
    process.env.NEXTAUTH_URL = "http://muster.test.internal:3000";
    try {
      expect((await refusal("http://muster.test.internal:3000/api/incidents")).message).toContain("the target is Muster's own address");
    } finally {
      delete process.env.NEXTAUTH_URL;
    }
  });

  it("admits an address or network on the allow-list", async () => {
    process.env.MUSTER_WEBHOOK_ALLOWED_HOSTS = "hooks.example.com, 127.0.0.0/8";
    const webhook = await createWebhook(await demoUser("admin"), { name: "On premises", url: `http://127.0.0.1:${port}/hook` });
    expect(webhook.url).toBe(`http://127.0.0.1:${port}/hook`);
    expect(await postWebhook(webhook, "m1", "test", {})).toBe(200);
    expect(hits).toBe(1);
  });

  it("checks again at delivery: a stored internal target is refused without a connection", async () => {
    await expect(postWebhook({ url: `http://localhost:${port}/hook`, secret: "s" }, "m2", "test", {})).rejects.toThrow(
      "refused: the target resolves to a private address",
    );
    await expect(postWebhook({ url: `http://2130706433:${port}/hook`, secret: "s" }, "m3", "test", {})).rejects.toThrow(
      "refused: the target resolves to a private address",
    );
    expect(hits).toBe(0);
  });

  it("follows no redirect, and says what the receiver answered without its body", async () => {
    process.env.MUSTER_WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
    answer = { status: 302, location: "http://169.254.169.254/" };
    expect(await postWebhook({ url: `http://127.0.0.1:${port}/hook`, secret: "s" }, "m4", "test", {})).toBe(302);
    expect(hits).toBe(1);
  });

  it("names a receiver that does not listen in words", async () => {
    process.env.MUSTER_WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(postWebhook({ url: `http://127.0.0.1:${closedPort}/`, secret: "s" }, "m5", "test", {})).rejects.toThrow(
      "could not connect: connection refused",
    );
  });
});
