"use client";

import { usePathname } from "next/navigation";
import { setLocaleAction } from "@/app/locale-action";
import type { Locale } from "@/lib/i18n/config";

type Option = { locale: Locale; label: string; ariaLabel: string };

// The language buttons; the current page is kept (query included). It only sets the
// visitor's own preference, so read-only roles may use it (data-allowed-for-readers).
export function LanguageSwitchForm({ options }: { options: Option[] }) {
  const pathname = usePathname();
  return (
    <form
      action={setLocaleAction}
      className="flex items-center gap-2"
      data-allowed-for-readers="language"
      onSubmit={(event) => {
        const next = event.currentTarget.elements.namedItem("next");
        if (next instanceof HTMLInputElement) next.value = `${window.location.pathname}${window.location.search}`;
      }}
    >
      <input type="hidden" name="next" defaultValue={pathname} />
      {options.map((option) => (
        <button
          key={option.locale}
          type="submit"
          name="locale"
          value={option.locale}
          lang={option.locale}
          className="kern-btn kern-btn--tertiary"
          aria-label={option.ariaLabel}
        >
          <span className="kern-label">{option.label}</span>
        </button>
      ))}
    </form>
  );
}
