// Signing in never sends the user to another site, whatever the callbackUrl says: not through the
// form in a real browser, not through next-auth's endpoint. Every attempt here uses the right
// password, since wrong ones count against the address's sign-in limit.
import type { Browser } from "@playwright/test";
import { expect, test } from "../fixtures/authentication";
import { demoUser } from "../fixtures/users";
import { SignInPage } from "../pages/sign-in-page";

// Each is a path to a browser only if it is read naively: tabs and line breaks are dropped from a
// URL, a backslash is a slash, and "//" starts another host. The encoded forms are the same
// payloads sent once more encoded, for a server that decodes twice.
const FORM_PAYLOADS = ["/\t/evil.example/x", "/\n/evil.example/x", "/\r/evil.example/x", "/\t\\evil.example/x", "//evil.example", "https://evil.example", "/\\evil.example"];
const REDIRECT_PAYLOADS = [
  ...FORM_PAYLOADS,
  "/%09/evil.example/x",
  "/%0a/evil.example/x",
  "/%0d/evil.example/x",
  "/%09/%5Cevil.example/x",
  "//evil.example/%2e%2e",
  "/%5Cevil.example",
  "\\\\evil.example",
];

/** Signs the viewer in through the form on /sign-in?callbackUrl=…; the address the browser lands on. */
async function landingAfterSignIn(browser: Browser, callbackUrl: string): Promise<{ landed: URL; offMuster: string[] }> {
  const { email, password } = demoUser("viewer");
  const context = await browser.newContext();
  const page = await context.newPage();
  const offMuster: string[] = [];
  // A navigation off Muster is recorded and stopped, so nothing reaches out to evil.example.
  await context.route(/^(?!http:\/\/localhost)/, (route) => {
    offMuster.push(route.request().url());
    return route.abort();
  });
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await new SignInPage(page).signIn(email, password);
  await expect(page.getByRole("button", { name: "Sign in" }), `signed in with ${JSON.stringify(callbackUrl)}`).toBeHidden();
  await page.waitForLoadState("load");
  const landed = new URL(page.url());
  await context.close();
  return { landed, offMuster };
}

for (const payload of FORM_PAYLOADS) {
  test(`after signing in through the form with callbackUrl ${JSON.stringify(payload)}, the user lands on Muster`, async ({ browser, baseURL }) => {
    const { landed, offMuster } = await landingAfterSignIn(browser, payload);
    expect(landed.origin).toBe(new URL(baseURL as string).origin);
    expect(offMuster).toEqual([]);
  });
}

test("a callbackUrl on Muster is still honoured after signing in through the form", async ({ browser, baseURL }) => {
  const { landed } = await landingAfterSignIn(browser, "/contacts?from=reach");
  expect(`${landed.origin}${landed.pathname}${landed.search}`).toBe(`${new URL(baseURL as string).origin}/contacts?from=reach`);
});

test("next-auth's callback answers with a Location on Muster for every payload", async ({ playwright, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const { email, password } = demoUser("viewer");
  for (const payload of REDIRECT_PAYLOADS) {
    const client = await playwright.request.newContext({ baseURL });
    const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
    const response = await client.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, callbackUrl: payload },
      maxRedirects: 0,
    });
    expect(response.status(), `callback with ${JSON.stringify(payload)}`).toBe(302);
    const location = response.headers()["location"];
    expect(new URL(location, origin).origin, `Location ${location} for ${JSON.stringify(payload)}`).toBe(origin);
    // A browser reads the Location its own way: no tab, line break or backslash to reinterpret.
    expect(location).not.toMatch(/[\t\n\r\\]|^\/\//);
    // The same payload in the JSON flow the form uses.
    const json = await client.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, callbackUrl: payload, json: "true" } });
    const { url } = await json.json();
    expect(new URL(url, origin).origin, `url ${url} for ${JSON.stringify(payload)}`).toBe(origin);
    await client.dispose();
  }
});
