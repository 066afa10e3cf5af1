import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways on small screens. The scroll container is a named
 * region that takes focus, so arrow keys scroll a table with nothing else to focus.
 * Tables with links or buttons inside do not need it (axe: scrollable-region-focusable).
 * With `hint`, a sentence above the table says that it scrolls, shown only while it does
 * (app/globals.css, .table-scroll__hint).
 */
export function TableScroll({
  labelledBy,
  hint,
  children,
}: {
  labelledBy: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be scrolled by keyboard.
    <section className="kern-table-responsive table-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      {hint && (
        <p className="kern-body kern-body--small table-scroll__hint" data-testid="table-scroll-hint">
          {hint}
        </p>
      )}
      {children}
    </section>
  );
}
