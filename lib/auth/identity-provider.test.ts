import { describe, expect, it } from "vitest";
import { identityProvider, identityProviderSettings, userFromIdentityProvider } from "@/lib/auth/identity-provider";
import { db } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { updateUser } from "@/lib/users/mutations";
import { demoUser } from "@/test/users";

const env = (variables: Record<string, string>) => readEnv({ NODE_ENV: "test", ...variables });
const CONFIGURED = { MUSTER_OIDC_ISSUER: "https://login.example.com/realms/company/", MUSTER_OIDC_CLIENT_ID: "muster", MUSTER_OIDC_CLIENT_SECRET: "s3cret" };

describe("the identity provider's settings", () => {
  it("are none without the variables, so the sign-in page shows no button", () => {
    expect(identityProviderSettings(env({}))).toBeNull();
  });

  it("default to a viewer and read the issuer's discovery document", () => {
    const settings = identityProviderSettings(env(CONFIGURED))!;
    expect(settings).toEqual({ issuer: "https://login.example.com/realms/company", clientId: "muster", clientSecret: "s3cret", name: "single sign-on", defaultRole: "viewer" });
    expect(identityProvider(settings)).toMatchObject({ id: "oidc", type: "oauth", idToken: true, wellKnown: "https://login.example.com/realms/company/.well-known/openid-configuration" });
  });

  it("refuse half a configuration and an unknown role, naming the variables", () => {
    expect(() => env({ MUSTER_OIDC_ISSUER: CONFIGURED.MUSTER_OIDC_ISSUER })).toThrow(/MUSTER_OIDC_CLIENT_ID: must be set with MUSTER_OIDC_ISSUER/);
    expect(() => env({ ...CONFIGURED, MUSTER_OIDC_DEFAULT_ROLE: "owner" })).toThrow(/MUSTER_OIDC_DEFAULT_ROLE: must be one of/);
  });
});

describe("a sign-in through the identity provider", () => {
  it("creates the user with the default role on the first sign-in, and finds them afterwards", async () => {
    const created = await userFromIdentityProvider({ sub: "abc-123", email: "New.Person@Example.com", email_verified: true, name: "New Person" }, "responder");
    expect(created).toMatchObject({ email: "new.person@example.com", name: "New Person", role: "responder" });
    if (typeof created === "string") throw new Error(created);
    expect(await db().auditEvent.findMany({ where: { itemKey: created.id } })).toEqual([
      expect.objectContaining({ action: "user.created", actorId: created.id, after: expect.objectContaining({ role: "responder", access: "identity-provider" }) }),
    ]);
    expect(await userFromIdentityProvider({ sub: "abc-123", email: "new.person@example.com" }, "viewer")).toEqual(created);
    expect(await db().user.count({ where: { email: "new.person@example.com" } })).toBe(1);
  });

  it("signs an existing user in with the role an admin gave them", async () => {
    const commander = await demoUser("commander");
    expect(await userFromIdentityProvider({ sub: "x", email: commander.email }, "viewer")).toEqual(commander);
  });

  it("refuses a deactivated user, and an address the provider has not verified", async () => {
    const created = await userFromIdentityProvider({ sub: "gone", email: "gone@example.com" }, "viewer");
    if (typeof created === "string") throw new Error(created);
    await updateUser(await demoUser("admin"), created.id, { active: false });
    expect(await userFromIdentityProvider({ sub: "gone", email: "gone@example.com" }, "viewer")).toBe("AccountDeactivated");
    const users = await db().user.count();
    expect(await userFromIdentityProvider({ sub: "y", email: "unverified@example.com", email_verified: false }, "admin")).toBe("IdentityWithoutEmail");
    expect(await userFromIdentityProvider({ sub: "z" }, "admin")).toBe("IdentityWithoutEmail");
    expect(await db().user.count()).toBe(users);
  });
});
