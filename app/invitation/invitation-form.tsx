"use client";
import Link from "next/link";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { acceptInvitationSchema, MIN_PASSWORD_LENGTH } from "@/lib/users/schema";

/** The invited person chooses their password; then they sign in with it. */
export function InvitationForm({ token, email }: { token: string; email: string }) {
  const form = useSchemaForm({
    schema: acceptInvitationSchema,
    defaultValues: { password: "" },
    toInput: ({ password }) => ({ token, password }),
    whenEmpty: { password: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` },
    send: (input) => api("/api/invitations/accept", { body: input }),
  });

  if (form.formState.isSubmitSuccessful) {
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
    <form noValidate className="space-y-5" onSubmit={form.submit}>
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <SchemaField form={form} name="password" id="new-password" label="New password" called="The password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}>
        {(control) => <input {...control} type="password" autoComplete="new-password" className={fieldClasses()} />}
      </SchemaField>
      <FormRefusal form={form} />
      <button type="submit" disabled={form.sending} className={buttonClasses("primary", "min-h-11 w-full")}>
        {form.sending ? "Saving…" : "Set password"}
      </button>
    </form>
  );
}
