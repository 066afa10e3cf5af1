import { useLocale, useTranslations } from "next-intl";
import type { ApiTokenDto } from "@/lib/dal/api-tokens";
import { formatDateTime } from "@/lib/format";

type Props = { tokens: ApiTokenDto[]; revoke: (data: FormData) => Promise<void>; now?: Date };

/** API tokens with prefix, dates and status; active ones can be revoked. */
export function TokenTable({ tokens, revoke, now = new Date() }: Props) {
  const t = useTranslations("tokens");
  const tc = useTranslations("common");
  const locale = useLocale();
  if (tokens.length === 0) return <p className="kern-body">{t("empty")}</p>;
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped" data-testid="token-table">
        <caption className="kern-title">{t("table.caption", { count: tokens.length })}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("table.name")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("table.user")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("table.prefix")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("table.created")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("table.lastUsed")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("table.expires")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("table.status")}
            </th>
            <th scope="col" className="kern-table__header kern-table__header--action">
              <span className="sr-only">{t("table.action")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {tokens.map((token) => (
            <tr key={token.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {token.name}
              </th>
              <td className="kern-table__cell">
                <a className="kern-link" href={`/verwaltung/benutzer/${token.userId}`}>
                  {token.userName}
                </a>{" "}
                <span className="kern-body--muted">({token.userEmail})</span>
              </td>
              <td className="kern-table__cell">
                <code>{token.prefix}…</code>
              </td>
              <td className="kern-table__cell">{formatDateTime(token.createdAt, locale)}</td>
              <td className="kern-table__cell">{formatDateTime(token.lastUsedAt, locale, tc("never"))}</td>
              <td className="kern-table__cell">{formatDateTime(token.expiresAt, locale)}</td>
              <td className="kern-table__cell">
                {token.revokedAt ? (
                  <span className="kern-badge kern-badge--danger">
                    {t("table.revokedAt", { at: formatDateTime(token.revokedAt, locale) })}
                  </span>
                ) : token.expiresAt <= now ? (
                  <span className="kern-badge kern-badge--warning">{t("table.expired")}</span>
                ) : (
                  <span className="kern-badge kern-badge--success">{t("table.valid")}</span>
                )}
              </td>
              <td className="kern-table__cell kern-table__cell--action">
                {!token.revokedAt && token.expiresAt > now && (
                  <form action={revoke}>
                    <input type="hidden" name="id" value={token.id} />
                    <button type="submit" className="kern-btn kern-btn--secondary kern-btn--x-small">
                      <span className="kern-label">
                        {t("table.revoke")}
                        <span className="sr-only">{t("table.revokeWhich", { name: token.name })}</span>
                      </span>
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
