// An admin brings a person in from Settings: an invitation link, shown once, where the person
// chooses their password and then signs in with the role the admin gave them.
import { expect, test } from "./fixtures/authentication";
import { SignInPage } from "./pages/sign-in-page";

test("an admin invites a person in Settings, who chooses a password through the link once and signs in with their role", async ({ signedInAs, browser }) => {
  const stamp = Date.now().toString(36);
  const email = `invited.${stamp}@example.com`;
  const name = `Jordan ${stamp}`;
  const admin = await signedInAs("admin");
  await admin.goto("/settings");
  const form = admin.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Role").selectOption({ label: "Incident commander" });
  await form.getByRole("button", { name: "Add user" }).click();
  const link = (await admin.getByTestId("user-access-secret").textContent()) ?? "";
  expect(link).toContain("/invitation?token=");
  await expect(admin.getByRole("list", { name: "Users" }).getByRole("listitem", { name }).getByText("Invited", { exact: true })).toBeVisible();

  const context = await browser.newContext();
  const person = await context.newPage();
  await person.goto(link);
  await expect(person.getByText(`For ${name}, ${email}`)).toBeVisible();
  await person.getByLabel("New password").fill("a password Jordan chose");
  await person.getByRole("button", { name: "Set password" }).click();
  await expect(person.getByText("Your password is set.")).toBeVisible();

  // The link is spent.
  await person.goto(link);
  await expect(person.getByRole("alert").filter({ hasText: /\S/ })).toContainText("This invitation link is not valid");

  const signIn = new SignInPage(person);
  await signIn.goto();
  await signIn.signIn(email, "a password Jordan chose");
  await expect(person.getByRole("banner").getByText("Incident commander", { exact: true })).toBeVisible();
  await context.close();
});
