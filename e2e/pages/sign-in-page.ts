import type { Page } from "@playwright/test";

export class SignInPage {
  constructor(private readonly page: Page) {}

  // Next adds an empty alert of its own (the route announcer): the one with text is ours.
  readonly alert = () => this.page.getByRole("alert").filter({ hasText: /\S/ });

  async goto() {
    await this.page.goto("/sign-in");
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("E-mail").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in", exact: true }).click();
  }
}
