// A credential that was ended stops working at once: a session cookie copied before sign-out is
// refused afterwards, and a socket opened with a token closes when the token is revoked.
import { expect, signInThroughApi, test } from "../fixtures/authentication";
import { cookieHeader, handshake } from "./reach-sockets";

test("a session cookie copied before signing out is refused afterwards, on pages and the API", async ({ browser, playwright, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const context = await browser.newContext();
  await signInThroughApi(context, "responder");
  const cookie = await cookieHeader(context, origin);
  const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie } });
  // The copy works while the session lasts, so the refusals below are the sign-out's doing.
  expect((await replay.get("/api/incidents")).status()).toBe(200);
  expect((await replay.get("/contacts", { maxRedirects: 0 })).status()).toBe(200);

  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const api = await replay.get("/api/incidents");
  expect(api.status()).toBe(401);
  const contacts = await replay.get("/contacts", { maxRedirects: 0 });
  expect(contacts.status()).toBe(307);
  expect(contacts.headers()["location"]).toMatch(/^\/sign-in/);
  expect(await contacts.text()).not.toContain("+1-555-0101");
  const { outcome, socket } = await handshake(origin, { extraHeaders: { cookie, origin } });
  socket.close();
  expect(outcome).toBe("refused: Sign in to connect.");
  await replay.dispose();
  await context.close();
});

test("a socket opened with a token is disconnected within a second of the token's revocation", async ({ browser, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const context = await browser.newContext();
  await signInThroughApi(context, "responder");
  const created = await context.request.post("/api/tokens", { data: { name: `Revoked socket ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const { id, token } = await created.json();
  const { outcome: opened, socket } = await handshake(origin, { auth: { token } });
  expect(opened).toBe("connected");
  expect((await socket.emitWithAck("session:whoami")).role).toBe("responder");

  expect((await context.request.delete(`/api/tokens/${id}`)).status()).toBe(204);
  await expect.poll(() => socket.connected, { timeout: 1_000, intervals: [50] }).toBe(false);
  // Nor may it come back: the revoked token is refused at the next handshake.
  const { outcome, socket: again } = await handshake(origin, { auth: { token } });
  again.close();
  socket.close();
  expect(outcome).toBe("refused: Sign in to connect.");
  await context.close();
});
