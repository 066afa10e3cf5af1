// German names for the audit log's actions and entities; unknown ones show their code.
const ACTIONS: Record<string, string> = {
  "user.created": "Zugang angelegt",
  "user.updated": "Zugang geändert",
  "user.disabled": "Zugang deaktiviert",
  "user.enabled": "Zugang aktiviert",
  "user.password_reset": "Einmal-Passwort vergeben",
  "user.password_changed": "Passwort geändert",
  "user.signed_out_everywhere": "Überall abgemeldet",
  "api_token.created": "API-Token erstellt",
  "api_token.revoked": "API-Token widerrufen",
  "auth.sign_in": "Anmeldung",
  "auth.sign_in_failed": "Anmeldung fehlgeschlagen",
  "auth.sign_out": "Abmeldung",
};

const ENTITIES: Record<string, string> = {
  User: "Zugang",
  ApiToken: "API-Token",
  School: "Schule",
  Provider: "Träger",
  StaffMember: "Fachkraft",
  Assignment: "Einsatz",
  FundingSource: "Finanzierung",
};

export const actionLabel = (action: string) => ACTIONS[action] ?? action;
export const entityLabel = (entity: string) => ENTITIES[entity] ?? entity;
