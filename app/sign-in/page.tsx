import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/app/sign-in/sign-in-form";
import { sameOriginPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  if (await getCurrentUser()) redirect("/");
  const { callbackUrl } = await searchParams;
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
          <SignInForm callbackUrl={sameOriginPath(callbackUrl)} />
        </div>
      </div>
    </main>
  );
}
