import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/app/sign-in/sign-in-form";
import { sameOriginPath } from "@/lib/auth/callback-url";
import { IDENTITY_PROVIDER_ID, identityProviderSettings } from "@/lib/auth/identity-provider";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

/** What a sign-in that next-auth sends back here went wrong with, in words; next-auth names it by a code. */
const SIGN_IN_ERRORS: Record<string, string> = {
  AccountDeactivated: "Your Muster account is deactivated. Ask an admin to reactivate it.",
  IdentityWithoutEmail: "Your identity provider did not give Muster a verified e-mail address, so Muster cannot tell who you are.",
  AccessDenied: "This sign-in was refused.",
};
const PROVIDER_UNREACHABLE = "The sign-in through your identity provider did not complete. Try again, or sign in with your Muster password.";

type SearchParams = { callbackUrl?: string | string[]; error?: string | string[] };

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (await getCurrentUser()) redirect("/");
  const { callbackUrl, error } = await searchParams;
  const errorCode = [error].flat()[0];
  const errorMessage = errorCode ? (SIGN_IN_ERRORS[errorCode] ?? PROVIDER_UNREACHABLE) : null;
  const identityProvider = identityProviderSettings();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <span aria-hidden="true" className="mx-auto mb-4 grid size-11 place-items-center rounded-xl bg-accent text-xl font-semibold text-accent-ink">
            M
          </span>
          <h1 className="text-2xl font-semibold tracking-tight text-ink">Sign in to Muster</h1>
          <p className="mt-2 text-sm text-ink-muted">Incident command for the disaster-recovery plan.</p>
        </div>
        <div className="rounded-xl border border-line bg-surface p-6 shadow-sm">
          <SignInForm callbackUrl={sameOriginPath(callbackUrl)} identityProvider={identityProvider && { id: IDENTITY_PROVIDER_ID, name: identityProvider.name }} initialError={errorMessage} />
        </div>
      </div>
    </main>
  );
}
