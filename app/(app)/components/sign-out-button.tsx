"use client";
import { signOut } from "next-auth/react";
import { buttonClasses } from "@/components/ui/button-classes";
import { Icon } from "@/components/ui/icon";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/sign-in" })} className={buttonClasses("secondary", "w-full")}>
      <Icon name="sign-out" />
      Sign out
    </button>
  );
}
