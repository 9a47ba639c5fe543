"use client";
import { useState } from "react";
import {
  THEME_COOKIE,
  THEME_COOKIE_MAX_AGE_SECONDS,
  THEME_PREFERENCES,
  type ThemePreference,
} from "@/components/theme/theme-preference";
import { Icon, type IconName } from "@/components/ui/icon";

const OPTIONS: Record<ThemePreference, { label: string; icon: IconName }> = {
  system: { label: "System", icon: "monitor" },
  light: { label: "Light", icon: "sun" },
  dark: { label: "Dark", icon: "moon" },
};

/** Keeps the choice for the server's next render and shows it now, without a reload. */
function applyThemePreference(preference: ThemePreference) {
  document.cookie = `${THEME_COOKIE}=${preference}; path=/; max-age=${THEME_COOKIE_MAX_AGE_SECONDS}; samesite=lax`;
  const systemIsDark = matchMedia("(prefers-color-scheme: dark)").matches;
  document.documentElement.classList.toggle("dark", preference === "dark" || (preference === "system" && systemIsDark));
}

export function ThemeControl({ initial }: { initial: ThemePreference }) {
  const [preference, setPreference] = useState(initial);

  function choose(next: ThemePreference) {
    setPreference(next);
    applyThemePreference(next);
  }

  return (
    <fieldset>
      <legend className="mb-1.5 text-xs font-medium text-ink-muted">Theme</legend>
      <div className="grid grid-cols-3 gap-0.5 rounded-lg border border-line bg-surface-muted p-0.5">
        {THEME_PREFERENCES.map((option) => (
          <label
            key={option}
            className="flex min-h-9 cursor-pointer items-center justify-center gap-1.5 rounded-md px-2 text-xs font-medium text-ink-muted hover:text-ink has-checked:bg-surface has-checked:text-ink has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-accent"
          >
            <input
              type="radio"
              name="theme"
              value={option}
              checked={preference === option}
              onChange={() => choose(option)}
              className="sr-only"
            />
            <Icon name={OPTIONS[option].icon} className="size-3.5" />
            {OPTIONS[option].label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
