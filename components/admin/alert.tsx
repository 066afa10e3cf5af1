import type { ReactNode } from "react";

type Tone = "danger" | "info" | "success" | "warning";

// Whole class names, never built from parts: the build drops every KERN rule whose class
// name does not appear in the sources (postcss.config.mjs).
const TONE_CLASS: Record<Tone, { alert: string; icon: string }> = {
  danger: { alert: "kern-alert--danger", icon: "kern-icon--danger" },
  info: { alert: "kern-alert--info", icon: "kern-icon--info" },
  success: { alert: "kern-alert--success", icon: "kern-icon--success" },
  warning: { alert: "kern-alert--warning", icon: "kern-icon--warning" },
};

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
      className={`kern-alert ${TONE_CLASS[tone].alert}`}
      role={tone === "danger" ? "alert" : "status"}
      data-testid={testId}
    >
      <div className="kern-alert__header">
        <span className={`kern-icon ${TONE_CLASS[tone].icon}`} aria-hidden="true" />
        <span className="kern-title">{title}</span>
      </div>
      {children && <div className="kern-alert__body">{children}</div>}
    </div>
  );
}
