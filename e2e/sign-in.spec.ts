import { expect, test } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { demoUser, ROLES, type Role } from "./fixtures/users";

// How the shell names each role, as the people in the design know them.
const ROLE_LABELS: Record<Role, string> = {
  admin: "Plan admin",
  commander: "Incident commander",
  responder: "Responder",
  viewer: "Management (read-only)",
};

test("a wrong password gets a clear message and no session", async ({ page, context }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(demoUser("commander").email, "not-the-password");
  await expect(signIn.alert()).toHaveText("Wrong e-mail or password.");
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await context.cookies()).some((cookie) => cookie.name.endsWith("session-token"))).toBe(false);
});

test("signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto("/services");
  await expect(page).toHaveURL(/\/sign-in/);
});

for (const role of ROLES) {
  test(`the ${role} signs in through the form and sees who they are`, async ({ page }) => {
    const user = demoUser(role);
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(user.email, user.password);
    await expect(page).not.toHaveURL(/\/sign-in/);
    const shell = page.getByRole("banner");
    await expect(shell.getByText(user.name)).toBeVisible();
    await expect(shell.getByText(ROLE_LABELS[role], { exact: true })).toBeVisible();
  });
}
