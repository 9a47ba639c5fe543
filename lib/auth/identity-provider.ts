// Sign-in through the company's identity provider over OpenID Connect, configured by the
// MUSTER_OIDC_* variables (.env.example). The provider vouches for the person; Muster keeps their
// account and role: the first sign-in creates the user with the default role, an admin changes it,
// and a deactivated user is refused. The local password stays as the way in when the provider is down.
import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { readEnv, type Env } from "@/lib/env";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { normaliseEmail, USER_FIELDS, type SignedInUser } from "@/lib/users/data";

export const IDENTITY_PROVIDER_ID = "oidc";

export type IdentityProviderSettings = { issuer: string; clientId: string; clientSecret: string; name: string; defaultRole: UserRole };

/** The identity provider's settings, or null when Muster has none (no button on the sign-in page). */
export function identityProviderSettings(env: Env = readEnv()): IdentityProviderSettings | null {
  const { MUSTER_OIDC_ISSUER: issuer, MUSTER_OIDC_CLIENT_ID: clientId, MUSTER_OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret, name: env.MUSTER_OIDC_NAME, defaultRole: env.MUSTER_OIDC_DEFAULT_ROLE };
}

/** The standard claims Muster reads from the ID token. */
export type IdentityClaims = { sub: string; email?: string; email_verified?: boolean; name?: string; preferred_username?: string };

export function identityProvider(settings: IdentityProviderSettings): OAuthConfig<IdentityClaims> {
  return {
    id: IDENTITY_PROVIDER_ID,
    name: settings.name,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    // The id here is the provider's; the sign-in callback puts the Muster user's in its place.
    profile: (claims) => ({ id: claims.sub, email: claims.email ?? null, name: claims.name ?? claims.preferred_username ?? null }),
  };
}

/** Why a sign-in through the identity provider was refused, as the sign-in page's `error` codes. */
export type IdentityRefusal = "IdentityWithoutEmail" | "AccountDeactivated";

/**
 * The Muster user for a person the identity provider vouched for: found by e-mail, or created with
 * the default role on their first sign-in. A deactivated user is refused.
 */
export async function userFromIdentityProvider(claims: IdentityClaims, defaultRole: UserRole): Promise<SignedInUser | IdentityRefusal> {
  // An address the provider says it has not verified could be anyone's, such as an admin's.
  if (!claims.email || claims.email_verified === false) return "IdentityWithoutEmail";
  const email = normaliseEmail(claims.email);
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { ...USER_FIELDS, deactivatedAt: true } });
    if (existing) {
      const { deactivatedAt, ...user } = existing;
      return deactivatedAt ? "AccountDeactivated" : user;
    }
    const name = claims.name?.trim() || claims.preferred_username?.trim() || email;
    const user = await tx.user.create({ data: { email, name: name.slice(0, 120), role: defaultRole }, select: USER_FIELDS });
    await recordAuditEvent(tx, user, {
      action: "user.created",
      itemKind: "user",
      itemKey: user.id,
      label: email,
      before: null,
      after: { email, name: user.name, role: defaultRole, access: "identity-provider" },
    });
    return user;
  });
}
