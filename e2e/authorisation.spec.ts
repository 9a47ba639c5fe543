import { expect, test } from "./fixtures/authentication";

test("a viewer's write is refused with 403 and changes nothing", async ({ signedInAs }) => {
  const viewer = await signedInAs("viewer");
  await viewer.goto("/plan");
  const reviewFacts = viewer.getByRole("region", { name: "Document", exact: true });
  const before = await reviewFacts.textContent();

  const response = await viewer.request.post("/api/plan/reviews", { data: { reviewedAt: "2026-11-01" } });
  expect(response.status()).toBe(403);
  expect((await response.json()).error).toBe("Only a plan admin can record a plan review.");

  await viewer.reload();
  await expect(reviewFacts).toHaveText(before ?? "");
});

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
