import type { ReactNode } from "react";

// A record's data as a KERN description list.

export function Details({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <dl className="kern-description-list" data-testid={testId}>
      {children}
    </dl>
  );
}

export function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{term}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}
