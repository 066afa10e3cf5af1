import { translator } from "../i18n/translator.ts";

// Errors the DAL throws; routes turn them into responses. A record the viewer may not
// see is indistinguishable from one that does not exist: both are NotFound.

export class NotFoundError extends Error {
  readonly status = 404;
  constructor(what = "Eintrag") {
    super(`${what} nicht gefunden.`);
    this.name = "NotFoundError";
  }
}

/** No signed-in user where one is required. */
export class UnauthenticatedError extends Error {
  readonly status = 401;
  constructor() {
    super(translator("errors")("api.unauthenticated"));
    this.name = "UnauthenticatedError";
  }
}
