"use client";

import { type ReactNode, useState } from "react";

/**
 * A disclosure whose content is rendered when it is first opened, not with the page. For long
 * alternatives nearly every visit leaves closed (the trend's table: a row per month): passed
 * as a client component element, the content travels as its props only, and the page's HTML
 * and DOM stay small.
 */
export function LazyDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="kern-link cursor-pointer">{summary}</summary>
      {opened && children}
    </details>
  );
}
