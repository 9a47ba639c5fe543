// next-auth configuration: e-mail and password against Muster's own users, sessions in a signed
// JWT cookie (credentials sign-in requires JWT sessions) that names a Session row on the server.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirectWithinMuster } from "@/lib/auth/callback-url";
import { endSession, startSession } from "@/lib/auth/mutations";
import { clientAddress, signInWithPassword } from "@/lib/auth/sign-in";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in" },
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
  ],
  callbacks: {
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
