import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Alert } from "./alert";

/**
 * A secret shown exactly once (a one-time password, a new API token). It is in the page only
 * until the next navigation; the database keeps no readable copy.
 */
export function OneTimeSecret({
  title,
  label,
  secret,
  children,
}: {
  title: string;
  label: string;
  secret: string;
  children?: ReactNode;
}) {
  const t = useTranslations("common");
  return (
    <Alert tone="success" title={title} testId="one-time-secret">
      <p className="kern-body mb-2">{label}</p>
      <p className="mb-2">
        <code className="kern-body--large kern-body--bold break-all select-all" data-testid="secret-value">
          {secret}
        </code>
      </p>
      <p className="kern-body kern-body--small">{t("oneTimeSecretNote")}</p>
      {children}
    </Alert>
  );
}
