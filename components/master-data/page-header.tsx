import type { ReactNode } from "react";
import { ICON_CLASS, type IconName } from "@/components/layout/icon-class";

// The top of a master-data page: an optional back link, the one h1, and the page's commands.

type Props = {
  title: string;
  back?: { href: string; label: string };
  children?: ReactNode;
};

export function PageHeader({ title, back, children }: Props) {
  return (
    <>
      {back && (
        <p className="kern-body mb-2">
          <a className="kern-link" href={back.href}>
            {back.label}
          </a>
        </p>
      )}
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="kern-heading-large">{title}</h1>
        {children}
      </div>
    </>
  );
}

/** A link styled as a KERN button (e.g. "Bearbeiten", "Schule anlegen"). */
export function ButtonLink({
  href,
  label,
  icon,
  primary,
}: {
  href: string;
  label: string;
  icon?: IconName;
  primary?: boolean;
}) {
  return (
    <a className={`kern-btn ${primary ? "kern-btn--primary" : "kern-btn--secondary"}`} href={href}>
      {icon && <span className={`kern-icon ${ICON_CLASS[icon]}`} aria-hidden="true" />}
      <span className="kern-label">{label}</span>
    </a>
  );
}
