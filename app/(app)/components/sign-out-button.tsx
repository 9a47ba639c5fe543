"use client";
import { buttonClasses } from "@/components/ui/button-classes";
import { Icon } from "@/components/ui/icon";

// The menu is on every signed-in page; next-auth's client loads only when someone signs out.
async function signOutToSignIn() {
  const [{ signOut }, { forgetDeviceData }] = await Promise.all([import("next-auth/react"), import("@/components/offline/forget-device-data")]);
  // The session ends first, so nothing fetched from here on is this person's to keep; then the
  // device forgets what it kept.
  await signOut({ redirect: false });
  await forgetDeviceData();
  // A whole new page, not a client navigation: nothing of this person's stays in the tab's memory.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign("/sign-in");
}

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOutToSignIn()} className={buttonClasses("secondary", "w-full")}>
      <Icon name="sign-out" />
      Sign out
    </button>
  );
}
