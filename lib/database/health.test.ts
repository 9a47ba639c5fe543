import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { checkDatabase } from "@/lib/database/health";
import { disconnectDb } from "@/lib/db";

const testDatabase = process.env.DATABASE_URL!;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function pointAt(url: string) {
  await disconnectDb();
  process.env.DATABASE_URL = url;
}

afterEach(() => pointAt(testDatabase));

describe("checkDatabase", () => {
  it("says the database is up and the plan loaded", async () => {
    expect(await checkDatabase()).toMatchObject({ state: "up", plan: "loaded" });
  });

  it("names a refused connection with the address it tried", async () => {
    const port = await closedPort();
    await pointAt(`postgresql://postgres:secret@127.0.0.1:${port}/muster`);
    expect(await checkDatabase()).toEqual({ state: "down", error: `cannot connect to PostgreSQL at 127.0.0.1:${port}: connection refused` });
  });

  it("names a database that does not exist", async () => {
    const url = new URL(testDatabase);
    url.pathname = "/no_such_database";
    await pointAt(url.toString());
    expect(await checkDatabase()).toEqual({
      state: "down",
      error: `cannot connect to PostgreSQL at ${url.hostname}:${url.port}: the database does not exist`,
    });
  });
});
