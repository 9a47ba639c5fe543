// What every answer carries and which methods reach Muster: security headers with a per-request
// script nonce, the pages' scripts (Next's and the theme's) running under that policy, and 405s
// that say what is allowed.
import type { ConsoleMessage } from "@playwright/test";
import { expect, test } from "./fixtures/authentication";

const PAGES = ["/", "/incidents", "/incidents/new", "/contacts", "/services", "/scenarios", "/runbooks", "/plan", "/settings", "/status/public"];

function nonceOf(policy: string | undefined): string | undefined {
  return policy?.match(/'nonce-([^']+)'/)?.[1];
}

test("pages answer with a nonce policy, no framing, nosniff and a referrer policy", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const headers = first.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("'strict-dynamic'");
  expect(headers["content-security-policy"]).not.toContain("'unsafe-inline' 'strict-dynamic'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Served over http here: no HSTS, which would pin browsers to an https that is not there.
  expect(headers["strict-transport-security"]).toBeUndefined();
  const nonce = nonceOf(headers["content-security-policy"]);
  expect(nonce).toBeTruthy();
  expect(nonce).not.toBe(nonceOf(second.headers()["content-security-policy"]));
  // Every script in the page carries this answer's nonce.
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(1);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
});

test("API answers and refusals carry the headers too", async ({ request }) => {
  for (const response of [await request.get("/api/health"), await request.delete("/api/health"), await request.get("/api/no-such-thing")]) {
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  }
});

test("the main pages run their scripts under the policy: no violation, the theme script applied", async ({ signedInAs }) => {
  const page = await signedInAs("admin");
  await page.emulateMedia({ colorScheme: "dark" });
  const violations: string[] = [];
  const collect = (message: ConsoleMessage) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  };
  page.on("console", collect);
  page.on("pageerror", (error) => violations.push(`${page.url()}: ${error.message}`));
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // "system" theme in a dark browser: only the inline theme script adds the class.
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  }
  expect(violations).toEqual([]);
});

test("pages answer GET and HEAD only; other methods get 405 with Allow", async ({ request }) => {
  expect((await request.head("/sign-in")).status()).toBe(200);
  for (const method of ["PUT", "DELETE", "PATCH", "POST", "OPTIONS", "TRACE", "PROPFIND"]) {
    const response = await request.fetch("/contacts", { method });
    expect(response.status(), `${method} /contacts`).toBe(405);
    expect(response.headers()["allow"]).toBe("GET, HEAD");
  }
  const put = await request.fetch("/contacts", { method: "PUT" });
  expect(await put.json()).toEqual({ error: "PUT is not allowed here; this address answers GET, HEAD." });
  expect(await put.text()).not.toContain("+1-555");
});

test("a server action from another origin is refused with 403 in words, not a 500", async ({ playwright, baseURL }) => {
  const foreign = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: "http://evil.example" } });
  const response = await foreign.post("/settings", { headers: { "next-action": "0123456789abcdef", "content-type": "text/plain" }, data: "[]" });
  expect(response.status()).toBe(403);
  expect((await response.json()).error).toContain("came from another site");
  await foreign.dispose();
});

test("API routes answer the methods they serve; others get 405 with the route's Allow, TRACE included", async ({ request }) => {
  const remove = await request.delete("/api/incidents");
  expect(remove.status()).toBe(405);
  expect(remove.headers()["allow"]).toBe("GET, HEAD, POST, OPTIONS");
  expect((await remove.json()).error).toBe("DELETE is not allowed here; this address answers GET, HEAD, POST, OPTIONS.");

  for (const path of ["/api/incidents", "/api/incidents/any-id/notes", "/api/health", "/api/auth/session"]) {
    const trace = await request.fetch(path, { method: "TRACE", headers: { "x-secret": "echo-me" } });
    expect(trace.status(), `TRACE ${path}`).toBe(405);
    expect(trace.headers()["allow"]).toBeTruthy();
    expect(await trace.text()).not.toContain("echo-me");
  }
  expect((await request.fetch("/api/incidents/any-id/notes", { method: "TRACE" })).headers()["allow"]).toBe("POST, OPTIONS");

  const head = await request.head("/api/health");
  expect(head.status()).toBe(200);
  const options = await request.fetch("/api/incidents", { method: "OPTIONS" });
  expect(options.status()).toBeLessThan(300);
});

test("an unknown API path is a 404 in JSON", async ({ request }) => {
  for (const method of ["GET", "POST", "TRACE"]) {
    const response = await request.fetch("/api/no-such-thing", { method });
    expect(response.status(), method).toBe(404);
    expect((await response.json()).error).toContain("There is no API route at this address");
  }
});
