"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";

type SignInFormProps = {
  callbackUrl?: string;
  /** The company's identity provider: next-auth's id for it and the button's name; null when Muster has none. */
  identityProvider: { id: string; name: string } | null;
  /** Why the last sign-in that came back here failed. */
  initialError: string | null;
};

export function SignInForm({ callbackUrl, identityProvider, initialError }: SignInFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        // next-auth reads `error` from the address it answers with, which is this page's when none
        // is given: after a failed sign-in through the identity provider, that names the old error.
        callbackUrl: callbackUrl ?? "/",
        redirect: false,
      });
      if (!result || result.error) {
        // next-auth names a wrong pair "CredentialsSignin"; any other error is Muster's own words
        // (too many attempts, database out of reach).
        setError(!result || result.error === "CredentialsSignin" ? "Wrong e-mail or password." : result.error);
        setPending(false);
        return;
      }
      router.replace(callbackUrl ?? "/");
      router.refresh();
    } catch {
      setError("Muster could not be reached. Check the connection and try again.");
      setPending(false);
    }
  }

  return (
    <div className="space-y-5">
      {error && (
        <p role="alert" className="rounded-lg border border-critical-line bg-critical-soft px-3 py-2 text-sm text-critical">
          {error}
        </p>
      )}
      {identityProvider && (
        <>
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              setPending(true);
              void signIn(identityProvider.id, { callbackUrl: callbackUrl ?? "/" });
            }}
            className={buttonClasses("primary", "min-h-11 w-full")}
          >
            Sign in with {identityProvider.name}
          </button>
          <p className="flex items-center gap-3 text-xs text-ink-muted before:h-px before:flex-1 before:bg-line after:h-px after:flex-1 after:bg-line">
            or with your Muster password
          </p>
        </>
      )}
      <form onSubmit={submit} className="space-y-5">
        <div className="space-y-1.5">
          <label htmlFor="email" className="block text-sm font-medium text-ink">
            E-mail
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required className={fieldClasses()} />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="password" className="block text-sm font-medium text-ink">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={fieldClasses()}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          aria-busy={pending}
          className={buttonClasses(identityProvider ? "secondary" : "primary", "min-h-11 w-full")}
        >
          Sign in
        </button>
      </form>
    </div>
  );
}
