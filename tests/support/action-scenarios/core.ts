import * as passwordActions from "../../../app/(app)/konto/passwort/actions.ts";
import * as signOutActions from "../../../app/(app)/sign-out-action.ts";
import * as tokenActions from "../../../app/(app)/verwaltung/api-tokens/actions.ts";
import * as userActions from "../../../app/(app)/verwaltung/benutzer/actions.ts";
import * as contactActions from "../../../app/(app)/verwaltung/kontaktstelle/actions.ts";
import * as signInActions from "../../../app/(public)/anmelden/actions.ts";
import * as localeActions from "../../../app/locale-action.ts";
import { makeUser, TEST_PASSWORD } from "../auth-fixtures.ts";
import { prisma } from "../db.ts";
import { attempt, expectNoSecret, form, type Scenario } from "./helpers.ts";

// Scenarios for the account and user-administration actions (issue 3).

let counter = 0;
const victim = () => makeUser(prisma, { role: "SUPERVISOR", email: `ziel${++counter}@matrix.test` });

/** For each action: do it as the current actor, then say whether it took effect. */
export const coreScenarios: Record<string, Scenario> = {
  updateContactAction: async () => {
    const phone = `02323 16-${++counter}`;
    const before =
      (await prisma.municipality.findFirst({ orderBy: { name: "asc" } })) ??
      (await prisma.municipality.create({
        data: {
          name: "Matrixstadt",
          authority: "Stadt",
          department: "Fachbereich",
          unit: "Sachgebiet",
          street: "Weg 1",
          postalCode: "44649",
          city: "Herne",
          phone: "0",
          email: "kontakt@matrix.test",
        },
      }));
    const { id, version, name: _name, pupilsPerFteThreshold: _threshold, ...contact } = before;
    await attempt(() =>
      contactActions.updateContactAction({}, form({ ...contact, phone, id, version: String(version) })),
    );
    return (await prisma.municipality.findUniqueOrThrow({ where: { id } })).phone === phone;
  },
  // Open to everyone: it only sets the visitor's own language cookie, then redirects back.
  setLocaleAction: async () => {
    const result = await attempt(() => localeActions.setLocaleAction(form({ locale: "en", next: "/start" })));
    return String((result as { digest?: string })?.digest ?? "").includes("NEXT_REDIRECT");
  },
  signInAction: async () => {
    const user = await makeUser(prisma, { role: "SUPERVISOR", email: `anmelden${++counter}@matrix.test` });
    await attempt(() =>
      signInActions.signInAction({}, form({ email: user.email, password: TEST_PASSWORD, next: "/start" })),
    );
    return (await prisma.userSession.count({ where: { userId: user.id } })) === 1;
  },
  changePasswordAction: async ({ actorId }) => {
    const before = actorId ? await prisma.user.findUniqueOrThrow({ where: { id: actorId } }) : null;
    const result = await attempt(() =>
      passwordActions.changePasswordAction(
        {},
        form({
          currentPassword: TEST_PASSWORD,
          newPassword: "ganz neue lange Passphrase 42",
          repeatPassword: "ganz neue lange Passphrase 42",
        }),
      ),
    );
    if (!before || !actorId) return false;
    const after = await prisma.user.findUniqueOrThrow({ where: { id: actorId } });
    // Put the known password back for the next scenarios (and bump nothing else).
    if (after.passwordHash !== before.passwordHash) {
      await prisma.user.update({ where: { id: actorId }, data: { passwordHash: before.passwordHash } });
      return true;
    }
    throw new Error(`password not changed: ${JSON.stringify(result)}`);
  },
  signOutAction: async ({ actorId }) => {
    const count = () => prisma.auditEvent.count({ where: { action: "auth.sign_out", actorId: actorId ?? undefined } });
    const before = await count();
    await attempt(() => signOutActions.signOutAction());
    return actorId !== null && (await count()) === before + 1;
  },
  createUserAction: async () => {
    const email = `neu${++counter}@matrix.test`;
    await attempt(() => userActions.createUserAction({}, form({ email, name: "Neu Angelegt", role: "SUPERVISOR" })));
    return (await prisma.user.count({ where: { email } })) === 1;
  },
  updateUserAction: async () => {
    const target = await victim();
    await attempt(() =>
      userActions.updateUserAction(
        {},
        form({
          id: target.id,
          version: String(target.version),
          email: target.email,
          name: "Umbenannt",
          role: "SUPERVISOR",
        }),
      ),
    );
    return (await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).name === "Umbenannt";
  },
  setUserActiveAction: async () => {
    const target = await victim();
    await attempt(() => userActions.setUserActiveAction({}, form({ id: target.id, active: "false" })));
    return !(await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).active;
  },
  signOutEverywhereAction: async () => {
    const target = await victim();
    await attempt(() => userActions.signOutEverywhereAction({}, form({ id: target.id })));
    return (await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).sessionVersion > target.sessionVersion;
  },
  resetPasswordAction: async () => {
    const target = await victim();
    const result = await attempt(() => userActions.resetPasswordAction({}, form({ id: target.id })));
    const changed =
      (await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).passwordHash !== target.passwordHash;
    // A refusal must not hand out a password either.
    if (!changed) expectNoSecret(result, /"secret":"[^"]/);
    return changed;
  },
  createApiTokenAction: async () => {
    const target = await victim();
    const result = await attempt(() =>
      tokenActions.createApiTokenAction({}, form({ userId: target.id, name: "Matrix" })),
    );
    const created = (await prisma.apiToken.count({ where: { userId: target.id } })) === 1;
    if (!created) expectNoSecret(result, "stw_");
    return created;
  },
  revokeApiTokenAction: async () => {
    const target = await victim();
    const token = await prisma.apiToken.create({
      data: { userId: target.id, name: "Matrix", tokenHash: `hash-${++counter}`, prefix: "stw_xxxx" },
    });
    await attempt(() => tokenActions.revokeApiTokenAction(form({ id: token.id })));
    return (await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt !== null;
  },
};
