import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, listAuditEvents, listAuditFacets } from "../../lib/dal/audit-log.ts";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { ANONYMOUS, type SignedInViewer } from "../../lib/dal/viewer-types.ts";
import type { Message } from "../../lib/i18n/message.ts";
import { messageText } from "../../lib/i18n/message-text.ts";
import { type AuditLogFilter, readAuditLogQuery } from "../../lib/schemas/audit-log.ts";
import { makeViewers } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";

// Browsing the audit trail: ADMIN only, filters (actor, action prefix, entity, days in
// Berlin time), server-side pages. The trail is never emptied between tests, so every
// event here carries this run's own actor label and every query filters by it.

const run = randomBytes(4).toString("hex");
const actor = (name: string) => `${name}-${run}@test.example`;
let admin: SignedInViewer;
let others: SignedInViewer[];

const filter = (data: Partial<AuditLogFilter>): AuditLogFilter => ({ page: 1, actor: run, ...data });

beforeAll(async () => {
  await resetDatabase();
  const viewers = await makeViewers();
  admin = viewers.admin;
  others = Object.values(viewers.others);
  await prisma.auditEvent.createMany({
    data: [
      // 23:30 UTC on 1 March is 00:30 on 2 March in Berlin (CET, UTC+1).
      {
        at: new Date("2020-03-01T23:30:00Z"),
        actor: actor("anna"),
        action: "user.created",
        entity: "User",
        entityId: "u1",
      },
      {
        at: new Date("2020-03-01T22:30:00Z"),
        actor: actor("anna"),
        action: "user.disabled",
        entity: "User",
        entityId: "u1",
      },
      // 21:59 UTC on 30 June is 23:59 in Berlin (CEST, UTC+2): still 30 June.
      {
        at: new Date("2020-06-30T21:59:00Z"),
        actor: actor("bernd"),
        action: "api_token.created",
        entity: "ApiToken",
        entityId: "t1",
      },
      {
        at: new Date("2020-06-30T22:01:00Z"),
        actor: actor("bernd"),
        action: "api_token.revoked",
        entity: "ApiToken",
        entityId: "t1",
      },
      ...Array.from({ length: 2 * AUDIT_PAGE_SIZE + 7 }, (_, i) => ({
        at: new Date(Date.UTC(2021, 0, 1, 12, 0, i)),
        actor: actor("masse"),
        action: "bulk.touched",
        entity: "Bulk",
        entityId: String(i),
      })),
    ],
  });
});

const actions = async (data: Partial<AuditLogFilter>) =>
  (await listAuditEvents(admin, filter(data))).events.map((event) => event.action);

describe("listAuditEvents", () => {
  it("filters by actor (part of the name, any case)", async () => {
    expect(await actions({ actor: `ANNA-${run}` })).toEqual(["user.disabled", "user.created"]);
  });

  it("filters by action prefix and by entity and id", async () => {
    expect(await actions({ action: "api_token." })).toEqual(["api_token.revoked", "api_token.created"]);
    expect(await actions({ action: "user.disabled" })).toEqual(["user.disabled"]);
    expect(await actions({ entity: "User", entityId: "u1" })).toEqual(["user.disabled", "user.created"]);
    expect(await actions({ entity: "Nichts" })).toEqual([]);
  });

  it("reads the date range as whole days in Berlin time", async () => {
    expect(await actions({ from: "2020-03-02", to: "2020-03-02" })).toEqual(["user.created"]);
    expect(await actions({ from: "2020-03-01", to: "2020-03-01" })).toEqual(["user.disabled"]);
    expect(await actions({ from: "2020-06-30", to: "2020-06-30" })).toEqual(["api_token.created"]);
    expect(await actions({ from: "2020-07-01", to: "2020-12-31" })).toEqual(["api_token.revoked"]);
    expect((await actions({ to: "2020-12-31" })).length).toBe(4);
  });

  it("pages on the server, newest first, with the total", async () => {
    const first = await listAuditEvents(admin, filter({ entity: "Bulk" }));
    expect(first).toMatchObject({ total: 2 * AUDIT_PAGE_SIZE + 7, page: 1, pageCount: 3 });
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.events[0]?.entityId).toBe(String(2 * AUDIT_PAGE_SIZE + 6));
    const last = await listAuditEvents(admin, filter({ entity: "Bulk", page: 3 }));
    expect(last.events.map((event) => event.entityId)).toEqual(Array.from({ length: 7 }, (_, i) => String(6 - i)));
    // A page beyond the end shows the last page.
    expect((await listAuditEvents(admin, filter({ entity: "Bulk", page: 99 }))).page).toBe(3);
    expect(typeof first.events[0]?.id).toBe("string");
  });

  it("is 'not found' for everyone but ADMIN", async () => {
    for (const viewer of [...others, ANONYMOUS]) {
      await expect(listAuditEvents(viewer, filter({}))).rejects.toBeInstanceOf(NotFoundError);
      await expect(listAuditFacets(viewer)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("listAuditFacets", () => {
  it("offers the listed actions and entities of recent events, each of which has a label", async () => {
    const facets = await listAuditFacets(admin);
    expect(facets.actions).toEqual(expect.arrayContaining(["user.created", "api_token.revoked"]));
    expect(facets.entities).toEqual(expect.arrayContaining(["User", "ApiToken"]));
    // An unlisted code (and a refused capability, the entity of access.denied) is not offered.
    expect(facets.actions).not.toContain("bulk.touched");
    expect(facets.entities).not.toContain("Bulk");
  });
});

describe("readAuditLogQuery", () => {
  it("reads German URL parameters and reports bad dates instead of failing", () => {
    expect(
      readAuditLogQuery({ akteur: " anna ", aktion: "user.", objekt: "User", von: "2020-03-01", seite: "2" }),
    ).toEqual({
      filter: {
        actor: "anna",
        action: "user.",
        entity: "User",
        entityId: undefined,
        from: "2020-03-01",
        to: undefined,
        page: 2,
      },
      errors: {},
    });
    const bad = readAuditLogQuery({ von: "2020-02-31", bis: "gestern", seite: "-4" });
    expect(bad.filter).toMatchObject({ from: undefined, to: undefined, page: 1 });
    // The errors are catalog keys; the German texts the filter form shows:
    const german = (message: Message | undefined) => (message ? messageText(message) : "");
    expect(german(bad.errors.von)).toMatch(/Ungültiges Datum „2020-02-31“/);
    expect(german(bad.errors.bis)).toMatch(/Ungültiges Datum/);
    expect(german(readAuditLogQuery({ von: "2020-03-02", bis: "2020-03-01" }).errors.bis)).toMatch(/vor seinem Anfang/);
  });
});
