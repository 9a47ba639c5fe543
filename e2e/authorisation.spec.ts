import { expect, test } from "./fixtures/authentication";

test("a write without a session is refused with 401", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.post("/api/plan/reviews", { data: {} });
  expect(response.status()).toBe(401);
  await anonymous.dispose();
});

test("bad input is refused with 400 naming the field", async ({ signedInAs }) => {
  const admin = await signedInAs("admin");
  const response = await admin.request.post("/api/plan/reviews", { data: { reviewedAt: "soon" } });
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({ field: "reviewedAt" });
});

test("health answers 200 with the database's state", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { state: "up", plan: "loaded" } });
});
