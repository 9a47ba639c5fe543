// The identity-provider spec's own Muster server, and the OpenID provider it signs in through: a
// real oidc-provider the spec starts and stops, with one client (Muster) and any login it is given.
// Both ports are the config's, so the server's settings and the provider agree.
const PORT = Number(process.env.E2E_PORT ?? 3100);

export const OIDC_MUSTER_PORT = Number(process.env.E2E_OIDC_PORT ?? PORT + 30);
export const OIDC_MUSTER_URL = `http://localhost:${OIDC_MUSTER_PORT}`;
export const OIDC_PROVIDER_PORT = OIDC_MUSTER_PORT + 1;
export const OIDC_ISSUER = `http://localhost:${OIDC_PROVIDER_PORT}`;
export const OIDC_MUSTER_HOME = ".muster/e2e-oidc";
export const OIDC_SPEC = "identity-provider/identity-provider.spec.ts";

export const OIDC_CLIENT = { id: "muster-e2e", secret: "muster-e2e-client-secret-that-is-long-enough" };
export const OIDC_BUTTON_NAME = "Company SSO";
/** Not the viewer Muster defaults to, so the test shows the setting is read. */
export const OIDC_DEFAULT_ROLE = "responder";

/** The variables Muster reads for its identity provider (.env.example). */
export const OIDC_ENV = {
  MUSTER_OIDC_ISSUER: OIDC_ISSUER,
  MUSTER_OIDC_CLIENT_ID: OIDC_CLIENT.id,
  MUSTER_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
  MUSTER_OIDC_NAME: OIDC_BUTTON_NAME,
  MUSTER_OIDC_DEFAULT_ROLE: OIDC_DEFAULT_ROLE,
};
