"use client";

import { type ReactNode, useState } from "react";

// The menu button of the main navigation on small screens: the groups stay behind it until
// it is pressed, so a page's content starts on a phone's first screen. From the md breakpoint
// on the groups are always shown and the button is not. Without JavaScript the <noscript>
// style keeps the groups visible.

type Props = { id: string; label: string; children: ReactNode };

export function NavMenu({ id, label, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {/* The wrapper hides it: KERN's unlayered .kern-btn display outranks Tailwind's layer. */}
      <div className="md:hidden" data-nav-menu-button>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
          data-testid="nav-menu-button"
        >
          <span className={`kern-icon ${open ? "kern-icon--close" : "kern-icon--dehaze"}`} aria-hidden="true" />
          <span className="kern-label">{label}</span>
        </button>
      </div>
      <div id={id} className={open ? "" : "max-md:hidden"} data-nav-menu>
        {children}
      </div>
    </>
  );
}
