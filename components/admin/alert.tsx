import type { ReactNode } from "react";

type Tone = "danger" | "info" | "success" | "warning";

/** A KERN alert. Errors are announced (role="alert"), everything else politely (role="status"). */
export function Alert({
  tone,
  title,
  children,
  testId,
}: {
  tone: Tone;
  title: string;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <div
      className={`kern-alert kern-alert--${tone}`}
      role={tone === "danger" ? "alert" : "status"}
      data-testid={testId}
    >
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${tone}`} aria-hidden="true" />
        <span className="kern-title">{title}</span>
      </div>
      {children && <div className="kern-alert__body">{children}</div>}
    </div>
  );
}
