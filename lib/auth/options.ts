// next-auth configuration: e-mail and password against Muster's own users, and the company's
// identity provider over OpenID Connect when one is configured. Sessions are a signed JWT cookie
// (credentials sign-in requires JWT sessions) that names a Session row on the server, whichever
// way the person signed in.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirectWithinMuster } from "@/lib/auth/callback-url";
import { IDENTITY_PROVIDER_ID, identityProvider, identityProviderSettings, userFromIdentityProvider, type IdentityClaims } from "@/lib/auth/identity-provider";
import { endSession, startSession } from "@/lib/auth/mutations";
import { clientAddress, signInWithPassword } from "@/lib/auth/sign-in";

const identity = identityProviderSettings();

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt" },
  // A refused or failed sign-in comes back to the sign-in page, which says why in words.
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Muster account",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      // A thrown error's message reaches the form as `error`; a wrong pair is null ("CredentialsSignin").
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) return null;
        const user = await signInWithPassword(credentials.email, credentials.password, clientAddress(request.headers));
        return user && { id: user.id, email: user.email, name: user.name };
      },
    }),
    ...(identity ? [identityProvider(identity)] : []),
  ],
  callbacks: {
    // The identity provider's person becomes their Muster user here, before the token is made from them.
    async signIn({ user, account, profile }) {
      if (account?.provider !== IDENTITY_PROVIDER_ID || !identity) return true;
      const found = await userFromIdentityProvider(profile as IdentityClaims, identity.defaultRole);
      if (typeof found === "string") return `/sign-in?error=${found}`;
      Object.assign(user, { id: found.id, email: found.email, name: found.name });
      return true;
    },
    // The token carries the user's id and their session's: the role, the user's standing and the
    // session's are read fresh from the database on every request (lib/auth/session-cookie.ts).
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = await startSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub ?? "" } };
    },
    redirect({ url, baseUrl }) {
      return redirectWithinMuster(url, baseUrl);
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await endSession(token.sid);
    },
  },
};
