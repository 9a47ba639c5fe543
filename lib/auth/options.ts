// next-auth configuration: e-mail and password against Muster's own users, sessions in a signed
// JWT cookie (credentials sign-in requires JWT sessions).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { findUserByCredentials } from "@/lib/users/data";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Muster account",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        const user = await findUserByCredentials(credentials.email, credentials.password);
        return user && { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    // The token carries only the user's id: the role is read fresh from the database on every
    // request (lib/auth/session.ts), so a changed or removed user takes effect at once.
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub ?? "" } };
    },
  },
};
