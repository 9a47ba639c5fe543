"use client";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { api, ApiError } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { FormField } from "@/components/ui/form-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/schema";

/** The invited person chooses their password; then they sign in with it. */
export function InvitationForm({ token, email }: { token: string; email: string }) {
  const [password, setPassword] = useState("");
  const accept = useMutation({ mutationFn: () => api("/api/invitations/accept", { body: { token, password } }) });
  const error = accept.error instanceof ApiError ? accept.error.message : accept.error ? "Muster could not be reached. Try again." : null;

  if (accept.isSuccess) {
    return (
      <div role="status" className="space-y-4 text-sm">
        <p className="text-ink">Your password is set. Sign in with {email} and your new password.</p>
        <Link href="/sign-in" className={buttonClasses("primary", "min-h-11 w-full")}>
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        accept.mutate();
      }}
    >
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <FormField id="new-password" label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} error={error}>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={!!error}
          aria-describedby={error ? "new-password-hint new-password-error" : "new-password-hint"}
          className={fieldClasses()}
        />
      </FormField>
      <button type="submit" disabled={accept.isPending} className={buttonClasses("primary", "min-h-11 w-full")}>
        {accept.isPending ? "Saving…" : "Set password"}
      </button>
    </form>
  );
}
