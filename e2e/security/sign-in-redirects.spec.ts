// Signing in never sends the user to another site, whatever the callbackUrl says: not through the
// form in a real browser, not through next-auth's endpoint. Every attempt here uses the right
// password, since wrong ones count against the address's sign-in limit.
import { expect, test } from "../fixtures/authentication";
import { demoUser } from "../fixtures/users";
import { SignInPage } from "../pages/sign-in-page";

// Each is a path to a browser only if it is read naively: tabs and line breaks are dropped from a
// URL, a backslash is a slash, and "//" starts another host.
const REDIRECT_PAYLOADS = [
  "/%09/evil.example/x",
  "/\t/evil.example/x",
  "/%0a/evil.example/x",
  "/\n/evil.example/x",
  "/%0d/evil.example/x",
  "/\r/evil.example/x",
  "/%09/%5Cevil.example/x",
  "/\t\\evil.example/x",
  "//evil.example",
  "//evil.example/%2e%2e",
  "https://evil.example",
  "/\\evil.example",
  "/%5Cevil.example",
  "\\\\evil.example",
];

test("after signing in through the form, every redirect payload lands on Muster", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL as string).origin;
  const { email, password } = demoUser("viewer");
  for (const payload of REDIRECT_PAYLOADS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const leftMuster: string[] = [];
    // A navigation off Muster is recorded and stopped, so nothing reaches out to evil.example.
    await context.route(/^(?!http:\/\/localhost)/, (route) => {
      leftMuster.push(route.request().url());
      return route.abort();
    });
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(payload)}`);
    await new SignInPage(page).signIn(email, password);
    await expect(page.getByRole("button", { name: "Sign in" }), `signed in with ${JSON.stringify(payload)}`).toBeHidden();
    await page.waitForLoadState("load");
    expect(new URL(page.url()).origin, `landing for ${JSON.stringify(payload)}`).toBe(origin);
    expect(leftMuster, `requests off Muster for ${JSON.stringify(payload)}`).toEqual([]);
    await context.close();
  }
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
