// Sign-in through the company's identity provider over OpenID Connect, against a real provider
// (oidc-provider) this spec starts: the person's first sign-in creates their Muster user with the
// default role, an admin changes it, and with the provider down the local password still works.
import type { Server } from "node:http";
import AxeBuilder from "@axe-core/playwright";
import Provider from "oidc-provider";
import { expect, signInThroughApi, test } from "../fixtures/authentication";
import { demoUser } from "../fixtures/users";
import { SignInPage } from "../pages/sign-in-page";
import { OIDC_BUTTON_NAME, OIDC_CLIENT, OIDC_ISSUER, OIDC_MUSTER_URL, OIDC_PROVIDER_PORT } from "./identity-provider";

/** The one person the provider knows of, whatever login they type. */
const PERSON = { name: "Riley Ops", email: "riley.ops@company.example" };

let server: Server | null = null;

function startProvider(): Promise<Server> {
  const provider = new Provider(OIDC_ISSUER, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [`${OIDC_MUSTER_URL}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The scopes' claims ride in the ID token, which is what Muster reads.
    conformIdTokenClaims: false,
    cookies: { keys: ["identity-provider-spec-cookie-key"] },
    findAccount: (_context: unknown, accountId: string) => ({
      accountId,
      claims: () => ({ sub: accountId, email: PERSON.email, email_verified: true, name: PERSON.name }),
    }),
  });
  return new Promise((resolve) => {
    const listening = provider.listen(OIDC_PROVIDER_PORT, () => resolve(listening));
  });
}

function stopProvider(): Promise<void> {
  return new Promise((resolve) => {
    if (!server) return resolve();
    server.closeAllConnections();
    server.close(() => resolve());
    server = null;
  });
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  server = await startProvider();
});

test.afterAll(stopProvider);

test("a person signs in through the identity provider, lands with the default role, and an admin changes it", async ({ page, browser }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  // The sign-in page with both ways in, as axe reads it (the shared server's page has one).
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await page.getByRole("button", { name: `Sign in with ${OIDC_BUTTON_NAME}` }).click();

  // The provider's own pages: any login, then consent for Muster.
  await expect(page).toHaveURL(new RegExp(`^${OIDC_ISSUER}/`));
  await page.locator('input[name="login"]').fill("riley");
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(new RegExp(`^${OIDC_MUSTER_URL}/(?!sign-in)`));
  const shell = page.getByRole("banner");
  await expect(shell.getByText(PERSON.name)).toBeVisible();
  await expect(shell.getByText("Responder", { exact: true })).toBeVisible();

  // The session is one of Muster's own: the admin sees the new user and changes their role.
  const admin = await browser.newContext({ baseURL: OIDC_MUSTER_URL, extraHTTPHeaders: { origin: OIDC_MUSTER_URL } });
  await signInThroughApi(admin, "admin");
  const users: { id: string; email: string; role: string; hasPassword: boolean }[] = await (await admin.request.get("/api/users")).json();
  const created = users.find((user) => user.email === PERSON.email);
  expect(created).toMatchObject({ role: "responder", hasPassword: false });
  expect((await admin.request.patch(`/api/users/${created!.id}`, { data: { role: "commander" } })).status()).toBe(200);
  await admin.close();

  await page.reload();
  await expect(shell.getByText("Incident commander", { exact: true })).toBeVisible();
});

test("with the provider stopped, its button says so and local password sign-in still works", async ({ page }) => {
  await stopProvider();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await page.getByRole("button", { name: `Sign in with ${OIDC_BUTTON_NAME}` }).click();
  await expect(signIn.alert()).toHaveText(/did not complete\. Try again, or sign in with your Muster password\./);

  const admin = demoUser("admin");
  await signIn.signIn(admin.email, admin.password);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole("banner").getByText(admin.name)).toBeVisible();
});
