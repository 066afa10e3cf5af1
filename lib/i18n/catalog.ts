// The message catalogs, one JSON file per locale and namespace under messages/<locale>/.
// Each feature owns its namespace files; tests/unit/i18n-catalogs.test.ts checks that both
// locales have the same keys with the same placeholders.

import de_account from "./messages/de/account.json";
import de_assignments from "./messages/de/assignments.json";
import de_audit from "./messages/de/audit.json";
import de_auth from "./messages/de/auth.json";
import de_common from "./messages/de/common.json";
import de_dashboard from "./messages/de/dashboard.json";
import de_districts from "./messages/de/districts.json";
import de_errors from "./messages/de/errors.json";
import de_exporting from "./messages/de/exporting.json";
import de_forecast from "./messages/de/forecast.json";
import de_forms from "./messages/de/forms.json";
import de_funding from "./messages/de/funding.json";
import de_importing from "./messages/de/importing.json";
import de_nav from "./messages/de/nav.json";
import de_privacy from "./messages/de/privacy.json";
import de_providers from "./messages/de/providers.json";
import de_public from "./messages/de/public.json";
import de_schools from "./messages/de/schools.json";
import de_staff from "./messages/de/staff.json";
import de_tables from "./messages/de/tables.json";
import de_tokens from "./messages/de/tokens.json";
import de_users from "./messages/de/users.json";
import en_account from "./messages/en/account.json";
import en_assignments from "./messages/en/assignments.json";
import en_audit from "./messages/en/audit.json";
import en_auth from "./messages/en/auth.json";
import en_common from "./messages/en/common.json";
import en_dashboard from "./messages/en/dashboard.json";
import en_districts from "./messages/en/districts.json";
import en_errors from "./messages/en/errors.json";
import en_exporting from "./messages/en/exporting.json";
import en_forecast from "./messages/en/forecast.json";
import en_forms from "./messages/en/forms.json";
import en_funding from "./messages/en/funding.json";
import en_importing from "./messages/en/importing.json";
import en_nav from "./messages/en/nav.json";
import en_privacy from "./messages/en/privacy.json";
import en_providers from "./messages/en/providers.json";
import en_public from "./messages/en/public.json";
import en_schools from "./messages/en/schools.json";
import en_staff from "./messages/en/staff.json";
import en_tables from "./messages/en/tables.json";
import en_tokens from "./messages/en/tokens.json";
import en_users from "./messages/en/users.json";

export const NAMESPACES = [
  "common",
  "nav",
  "public",
  "auth",
  "account",
  "users",
  "tokens",
  "audit",
  "errors",
  "dashboard",
  "forecast",
  "forms",
  "schools",
  "providers",
  "districts",
  "funding",
  "staff",
  "assignments",
  "importing",
  "exporting",
  "privacy",
  "tables",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const CATALOGS = {
  de: {
    common: de_common,
    nav: de_nav,
    public: de_public,
    auth: de_auth,
    account: de_account,
    users: de_users,
    tokens: de_tokens,
    audit: de_audit,
    errors: de_errors,
    dashboard: de_dashboard,
    forecast: de_forecast,
    forms: de_forms,
    schools: de_schools,
    providers: de_providers,
    districts: de_districts,
    funding: de_funding,
    staff: de_staff,
    assignments: de_assignments,
    importing: de_importing,
    exporting: de_exporting,
    privacy: de_privacy,
    tables: de_tables,
  },
  en: {
    common: en_common,
    nav: en_nav,
    public: en_public,
    auth: en_auth,
    account: en_account,
    users: en_users,
    tokens: en_tokens,
    audit: en_audit,
    errors: en_errors,
    dashboard: en_dashboard,
    forecast: en_forecast,
    forms: en_forms,
    schools: en_schools,
    providers: en_providers,
    districts: en_districts,
    funding: en_funding,
    staff: en_staff,
    assignments: en_assignments,
    importing: en_importing,
    exporting: en_exporting,
    privacy: en_privacy,
    tables: en_tables,
  },
} satisfies Record<string, Record<Namespace, object>>;

export type Messages = (typeof CATALOGS)["de"];
