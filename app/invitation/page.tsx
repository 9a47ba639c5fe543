import type { Metadata } from "next";
import Link from "next/link";
import { InvitationForm } from "@/app/invitation/invitation-form";
import { findInvitation, INVITATION_REFUSED } from "@/lib/users/mutations";

export const metadata: Metadata = { title: "Choose your password" };

export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const token = [(await searchParams).token].flat()[0] ?? "";
  const invited = token ? await findInvitation(token) : null;
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <h1 className="text-2xl font-semibold tracking-tight text-ink">Choose your password</h1>
          {invited && (
            <p className="mt-2 text-sm text-ink-muted">
              For {invited.name}, {invited.email}
            </p>
          )}
        </div>
        <div className="rounded-xl border border-line bg-surface p-6 shadow-sm">
          {invited ? (
            <InvitationForm token={token} email={invited.email} />
          ) : (
            <div className="space-y-4 text-sm">
              <p role="alert" className="text-ink">
                {INVITATION_REFUSED}
              </p>
              <Link href="/sign-in" className="font-medium text-accent underline">
                Go to sign-in
              </Link>
            </div>
          )}
        </div>
      </div>
    </main>
  );
}
