import type { ReactNode } from "react";

/**
 * KERN's horizontally scrolling table wrapper, made reachable by keyboard (WCAG 2.1.1): a
 * named region that takes focus, so arrow keys scroll a table with nothing else to focus.
 * Tables with links or buttons inside do not need it (axe: scrollable-region-focusable).
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be scrolled by keyboard.
    <section className="kern-table-responsive" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
