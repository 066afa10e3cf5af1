import type { FundingKey } from "./funding.ts";
import type { ProviderKey } from "./providers.ts";
import type { SchoolKey } from "./schools.ts";
import type { Fte, IsoDate } from "./types.ts";

// The staff of Herne's school social work and their assignment histories. All names are
// fictional; any likeness to real people is coincidental. Personnel numbers are made up.
//
// One row per person: provider, personnel number, name, qualification, contract FTE,
// employed from/until, then the assignments (school, FTE share, from, until, funding).
// A null "until" is open-ended. Histories are built so that the figures of docs/domain.md hold
// exactly (tests/integration/seed.test.ts checks them):
//
//   07.03.2016        31 staff  26,8 FTE  28 of 46 schools
//   every day 11/2017 44 staff  39,5 FTE  41 of 43 schools
//   01.03.2019        45 staff  38,5 FTE  40 of 41 schools
//
// How the groups add up (staff / FTE at the three dates):
//   core team, active at all three dates ........ 27 / 23,5   27 / 23,5   27 / 23,5
//   left between 2016 and November 2017 (S28–29)  2 /  1,8    –           –
//   left between November 2017 and 2019 (S30–31)  2 /  1,5    2 /  1,5    –
//   joined 2016/2017, still there in 2019 ........ –           13 / 12,5   13 / 12,5
//   fixed-term or left before 2019 (S45–46) ...... –           2 /  2,0    –
//   joined after November 2017 (S47–51) ......... –           –           5 /  2,5
// Nothing changes during November 2017: every change falls on another month.
//
// NRW rules (a person at ≥ 1,0 FTE serves at most 2 schools at once; at ≤ 0,5 FTE exactly
// one) hold for everyone EXCEPT these deliberate cases, left in for the warnings:
//   • Nina Ostermann (Stadt 420094): 1,0 FTE at three Grundschulen at once from 01.08.2017.
//   • Heike Zander (GBH-031): 0,5 FTE split over two Grundschulen from 01.08.2016.
//   • Claudia Fuchs (Stadt 420056): employment ended 31.01.2017, her assignment at the
//     Hans-Tilkowski-Schule was never closed (an assignment outside the employment).
// Assignments without a funding source: Mareike Voss (GFS F-125) and Dennis Wagner (420084).

export type AssignmentSeed = {
  school: SchoolKey;
  fte: Fte;
  from: IsoDate;
  until: IsoDate | null;
  funding: FundingKey | null;
  note: string | null;
};

export type StaffSeed = {
  provider: ProviderKey;
  personnelNumber: string;
  firstName: string;
  lastName: string;
  qualification: string;
  employmentFte: Fte;
  employedFrom: IsoDate;
  employedUntil: IsoDate | null;
  assignments: AssignmentSeed[];
};

const DIPL = "Diplom Sozialarbeit/Sozialpädagogik (FH)";
const BA = "Soziale Arbeit (B.A.)";
const MA = "Soziale Arbeit (M.A.)";

const at = (
  school: SchoolKey,
  fte: Fte,
  from: IsoDate,
  until: IsoDate | null,
  funding: FundingKey | null,
  note: string | null = null,
): AssignmentSeed => ({ school, fte, from, until, funding, note });

const fk = (
  provider: ProviderKey,
  personnelNumber: string,
  firstName: string,
  lastName: string,
  qualification: string,
  employmentFte: Fte,
  employedFrom: IsoDate,
  employedUntil: IsoDate | null,
  assignments: AssignmentSeed[],
): StaffSeed => ({
  provider,
  personnelNumber,
  firstName,
  lastName,
  qualification,
  employmentFte,
  employedFrom,
  employedUntil,
  assignments,
});

// biome-ignore format: a table, one person per block, kept aligned for reading
export const staff: StaffSeed[] = [
  // ── Core team: active on all three key dates ──────────────────────────────────────────
  // Land NRW, Landesstellen at the Gesamtschulen and Berufskollegs
  fk("LAND", "71804215", "Katrin", "Albers", DIPL, "1.0", "2009-08-01", "2021-07-31", [ // retired 2021
    at("GE-MC",   "1.0",  "2009-08-01", "2021-07-31", "LS"),
  ]),
  fk("LAND", "71805532", "Thomas", "Brinkmann", DIPL, "1.0", "2010-08-01", null, [
    at("GE-WE",   "1.0",  "2010-08-01", null,         "LS"),
  ]),
  fk("LAND", "71803987", "Sabine", "Kowalczyk", DIPL, "1.0", "2008-08-01", null, [
    at("GE-EF",   "1.0",  "2008-08-01", null,         "LS"),
  ]),
  fk("LAND", "71806104", "Michael", "Dreier", DIPL, "1.0", "2011-02-01", null, [
    at("BK-MUL",  "1.0",  "2011-02-01", null,         "LS"),
  ]),
  fk("LAND", "71807741", "Julia", "Engelhardt", BA, "1.0", "2013-08-01", null, [
    at("BK-EMS",  "1.0",  "2013-08-01", null,         "LS"),
  ]),
  // Stadt Herne, secondary and special schools
  fk("STADT", "420031", "Stefan", "Fiedler", DIPL, "1.0", "2012-02-01", null, [
    at("GE-MC",   "0.5",  "2012-02-01", null,         "KOM"),
    at("RS-SO",   "0.5",  "2012-02-01", null,         "KOM"),
  ]),
  fk("STADT", "420038", "Anja", "Gerlach", DIPL, "1.0", "2012-08-01", null, [
    at("GE-WE",   "0.5",  "2012-08-01", null,         "KOM"),
    at("GY-EIC",  "0.5",  "2012-08-01", null,         "KOM"),
  ]),
  fk("STADT", "420052", "Miriam", "Hoffmeister", BA, "0.5", "2014-08-01", null, [
    at("GE-EF",   "0.5",  "2014-08-01", null,         "KOM"),
  ]),
  fk("STADT", "420017", "Frank", "Jansen", DIPL, "1.0", "2011-08-01", null, [ // funding change 2015
    at("BK-MUL",  "1.0",  "2011-08-01", "2014-12-31", "BUT"),
    at("BK-MUL",  "1.0",  "2015-01-01", null,         "KOM"),
  ]),
  fk("STADT", "420040", "Petra", "Kaminski", DIPL, "0.75", "2012-08-01", null, [
    at("BK-EMS",  "0.75", "2012-08-01", null,         "KOM"),
  ]),
  fk("STADT", "420009", "Andreas", "Lindner", DIPL, "1.0", "2010-01-01", null, [
    at("RS-STR",  "1.0",  "2010-01-01", null,         "KOM"),
  ]),
  fk("STADT", "420027", "Nicole", "Maurer", DIPL, "1.0", "2012-02-01", null, [ // funding change 2015
    at("RS-CR",   "1.0",  "2012-02-01", "2014-12-31", "BUT"),
    at("RS-CR",   "1.0",  "2015-01-01", null,         "LP"),
  ]),
  fk("STADT", "420071", "Daniel", "Neumann", BA, "1.0", "2015-08-01", null, [
    at("RS-BURG", "0.5",  "2015-08-01", null,         "LP"),
    at("GY-PES",  "0.5",  "2015-08-01", null,         "LP"),
  ]),
  fk("STADT", "420046", "Christina", "Oberländer", BA, "1.0", "2013-08-01", null, [
    at("GY-WAN",  "1.0",  "2013-08-01", null,         "KOM"),
  ]),
  fk("STADT", "420018", "Markus", "Pohl", DIPL, "1.0", "2011-08-01", null, [ // funding change 2015
    at("HS-HT",   "1.0",  "2011-08-01", "2014-12-31", "BUT"),
    at("HS-HT",   "1.0",  "2015-01-01", null,         "LP"),
  ]),
  fk("STADT", "420039", "Tanja", "Quast", DIPL, "1.0", "2012-08-01", null, [ // transfer: Gustav-Adolf-Schule closed
    at("HS-GA",   "1.0",  "2012-08-01", "2016-07-31", "KOM"),
    at("GS-LIN",  "0.5",  "2016-08-01", null,         "LP", "Wechsel nach Auflösung der Gustav-Adolf-Schule"),
    at("GS-CLA",  "0.5",  "2016-08-01", null,         "LP", "Wechsel nach Auflösung der Gustav-Adolf-Schule"),
  ]),
  fk("STADT", "420055", "Oliver", "Reuter", BA, "1.0", "2014-02-01", null, [ // transfer: Melanchthonschule closed
    at("HS-MEL",  "1.0",  "2014-02-01", "2017-07-31", "KOM"),
    at("GS-EP",   "0.5",  "2017-08-01", null,         "LP", "Wechsel nach Auflösung der Melanchthonschule"),
    at("GS-REG",  "0.5",  "2017-08-01", null,         "LP", "Wechsel nach Auflösung der Melanchthonschule"),
  ]),
  fk("STADT", "420063", "Melanie", "Schulte", BA, "1.0", "2015-02-01", null, [ // transfer: Hölkeskampring closed
    at("HS-HK",   "1.0",  "2015-02-01", "2018-07-31", "LP"),
    at("GE-EF",   "1.0",  "2018-08-01", null,         "LP", "Wechsel nach Auflösung der Hauptschule Hölkeskampring"),
  ]),
  fk("STADT", "420047", "Birgit", "Tenhagen", DIPL, "0.5", "2013-08-01", null, [
    at("FS-SCHW", "0.5",  "2013-08-01", null,         "KOM"),
  ]),
  fk("STADT", "420072", "Lena", "Uhlig", BA, "0.5", "2015-08-01", null, [
    at("FS-PK",   "0.5",  "2015-08-01", null,         "LP"),
  ]),
  fk("STADT", "420053", "Kerstin", "Vogt", DIPL, "0.75", "2014-08-01", null, [
    at("FS-SPR",  "0.75", "2014-08-01", null,         "KOM"),
  ]),
  // GBH and GFS at the Grundschulen (BuT until 2014, Landesprogramm from 2015)
  fk("GBH", "GBH-014", "Jana", "Wesseling", DIPL, "1.0", "2012-02-01", null, [ // funding change 2015
    at("GS-SCH",  "0.5",  "2012-02-01", "2014-12-31", "BUT"),
    at("GS-PH",   "0.5",  "2012-02-01", "2014-12-31", "BUT"),
    at("GS-SCH",  "0.5",  "2015-01-01", null,         "LP"),
    at("GS-PH",   "0.5",  "2015-01-01", null,         "LP"),
  ]),
  fk("GBH", "GBH-027", "Emre", "Yildiz", BA, "1.0", "2015-01-01", null, [
    at("GS-JOS",  "0.5",  "2015-01-01", null,         "LP"),
    at("GS-SON",  "0.5",  "2015-01-01", null,         "LP"),
  ]),
  // DELIBERATE VIOLATION: 0,5 FTE at two schools from 01.08.2016 (NRW: exactly one).
  fk("GBH", "GBH-031", "Heike", "Zander", DIPL, "0.5", "2015-08-01", null, [
    at("GS-MW",   "0.5",  "2015-08-01", "2016-07-31", "LP"),
    at("GS-MW",   "0.25", "2016-08-01", null,         "LP"),
    at("GS-SON",  "0.25", "2016-08-01", null,         "LP"),
  ]),
  fk("GFS", "F-118", "Martina", "Bauer", DIPL, "0.8", "2015-01-01", null, [
    at("GS-HOR",  "0.8",  "2015-01-01", null,         "LP"),
  ]),
  fk("GFS", "F-109", "Sandra", "Czerwinski", DIPL, "0.7", "2013-02-01", null, [ // funding change 2015
    at("GS-SUED", "0.7",  "2013-02-01", "2014-12-31", "BUT"),
    at("GS-SUED", "0.7",  "2015-01-01", null,         "LP"),
  ]),
  fk("GFS", "F-121", "Laura", "Dietrich", BA, "0.5", "2015-08-01", null, [
    at("GS-EUR",  "0.5",  "2015-08-01", null,         "LP"),
  ]),

  // ── Left between March 2016 and November 2017 ─────────────────────────────────────────
  fk("STADT", "420002", "Wolfgang", "Ebert", DIPL, "1.0", "2003-08-01", "2017-07-31", [ // retired
    at("GS-BP",   "1.0",  "2012-08-01", "2014-12-31", "BUT"),
    at("GS-BP",   "1.0",  "2015-01-01", "2017-07-31", "LP"),
  ]),
  // DELIBERATE: employment ended 31.01.2017, the assignment was left open.
  fk("STADT", "420056", "Claudia", "Fuchs", BA, "0.8", "2014-08-01", "2017-01-31", [
    at("HS-HT",   "0.8",  "2014-08-01", null,         "KOM"),
  ]),

  // ── Left between November 2017 and March 2019 ─────────────────────────────────────────
  fk("STADT", "420005", "Rainer", "Gröning", DIPL, "1.0", "2009-02-01", "2018-12-31", [ // retired
    at("GE-EF",   "1.0",  "2012-02-01", "2018-12-31", "KOM"),
  ]),
  fk("STADT", "420073", "Svenja", "Haase", BA, "0.5", "2015-08-01", "2018-07-31", [ // fixed-term contract
    at("FS-PK",   "0.5",  "2015-08-01", "2018-07-31", "LP"),
  ]),

  // ── Joined 2016/2017, still there in 2019 ─────────────────────────────────────────────
  fk("STADT", "420091", "Tobias", "Imhoff", BA, "1.0", "2017-08-01", null, [ // successor of W. Ebert; merger 2018
    at("GS-BP",   "1.0",  "2017-08-01", "2018-07-31", "LP"),
    at("GS-KUN",  "1.0",  "2018-08-01", null,         "LP", "Wechsel mit der Zusammenlegung zur Grundschule Kunterbunt"),
  ]),
  fk("LAND", "71809218", "Ayşe", "Demir", MA, "1.0", "2017-08-01", null, [
    at("GY-OH",   "0.5",  "2017-08-01", null,         "MPT"),
    at("RS-STR",  "0.5",  "2017-08-01", null,         "MPT"),
  ]),
  fk("GBH", "GBH-036", "Lisa", "Jablonski", BA, "1.0", "2016-08-01", null, [
    at("GS-BOE",  "0.5",  "2016-08-01", null,         "LP"),
    at("GS-HOLS", "0.5",  "2016-08-01", null,         "LP"),
  ]),
  fk("GBH", "GBH-037", "Kevin", "Krüger", BA, "1.0", "2016-08-01", null, [
    at("GS-LAU",  "0.5",  "2016-08-01", null,         "LP"),
    at("GS-ROEH", "0.5",  "2016-08-01", null,         "LP"),
  ]),
  fk("GFS", "F-126", "Sarah", "Lehmkuhl", BA, "1.0", "2016-10-01", null, [
    at("GS-KOL",  "0.5",  "2016-10-01", null,         "LP"),
    at("GS-BERG", "0.5",  "2016-10-01", null,         "LP"),
  ]),
  fk("GFS", "F-127", "Jan", "Mertens", BA, "1.0", "2017-02-01", null, [
    at("GS-BAU",  "0.5",  "2017-02-01", null,         "LP"),
    at("GS-BIC",  "0.5",  "2017-02-01", null,         "LP"),
  ]),
  // DELIBERATE VIOLATION: 1,0 FTE at three schools at once (NRW: at most two).
  fk("STADT", "420094", "Nina", "Ostermann", BA, "1.0", "2017-08-01", null, [
    at("GS-SS",   "0.4",  "2017-08-01", "2018-07-31", "LP"),
    at("GS-BIC",  "0.3",  "2017-08-01", null,         "LP"),
    at("GS-BERG", "0.3",  "2017-08-01", null,         "LP"),
    at("GS-KUN",  "0.4",  "2018-08-01", null,         "LP", "Wechsel mit der Zusammenlegung zur Grundschule Kunterbunt"),
  ]),
  fk("LAND", "71809230", "Fatma", "Öztürk", BA, "1.0", "2017-08-01", null, [
    at("GE-WE",   "1.0",  "2017-08-01", null,         "MPT"),
  ]),
  fk("LAND", "71809247", "Patrick", "Rademacher", BA, "1.0", "2017-08-01", null, [
    at("HS-HT",   "1.0",  "2017-08-01", null,         "MPT"),
  ]),
  fk("STADT", "420083", "Vanessa", "Schmitz", MA, "1.0", "2017-03-01", null, [
    at("GE-MC",   "1.0",  "2017-03-01", null,         "LP"),
  ]),
  fk("STADT", "420078", "Benedikt", "Terhorst", BA, "1.0", "2016-08-01", null, [
    at("RS-CR",   "0.5",  "2016-08-01", null,         "LP"),
    at("GY-WAN",  "0.5",  "2016-08-01", null,         "LP"),
  ]),
  fk("STADT", "420092", "Carina", "Ullrich", BA, "1.0", "2017-08-01", null, [
    at("FS-LER",  "1.0",  "2017-08-01", null,         "KOM"),
  ]),
  // NO FUNDING SOURCE on purpose.
  fk("GFS", "F-125", "Mareike", "Voss", BA, "0.5", "2017-01-01", null, [
    at("GS-EUR",  "0.5",  "2017-01-01", null,         null, "Finanzierung ungeklärt"),
  ]),

  // ── Fixed-term or left before 2019 ────────────────────────────────────────────────────
  // NO FUNDING SOURCE on purpose.
  fk("STADT", "420084", "Dennis", "Wagner", BA, "1.0", "2017-02-01", "2018-07-31", [ // fixed-term
    at("RS-SO",   "1.0",  "2017-02-01", "2018-07-31", null, "Vertretung; Finanzierung nachzutragen"),
  ]),
  fk("GBH", "GBH-038", "Jessica", "Wolters", BA, "1.0", "2016-09-01", "2018-03-31", [ // moved away
    at("GS-JOS",  "0.5",  "2016-09-01", "2018-03-31", "LP"),
    at("GS-PH",   "0.5",  "2016-09-01", "2018-03-31", "LP"),
  ]),

  // ── Joined after November 2017 ────────────────────────────────────────────────────────
  fk("GBH", "GBH-045", "Hannah", "Albrecht", BA, "0.5", "2018-08-01", null, [
    at("GS-HOLT", "0.5",  "2018-08-01", null,         "LP"),
  ]),
  fk("GFS", "F-131", "Lukas", "Bergmann", BA, "0.5", "2018-02-01", null, [
    at("GS-SUED", "0.5",  "2018-02-01", null,         "LP"),
  ]),
  fk("GBH", "GBH-046", "Marie", "Cordes", MA, "0.5", "2018-09-01", null, [
    at("GS-ROEH", "0.5",  "2018-09-01", null,         "LP"),
  ]),
  fk("STADT", "420107", "Felix", "Dombrowski", BA, "0.5", "2019-01-01", null, [ // successor of R. Gröning
    at("GE-EF",   "0.5",  "2019-01-01", null,         "KOM"),
  ]),
  fk("LAND", "71810562", "Elif", "Kaya", BA, "0.5", "2018-08-01", null, [
    at("RS-CR",   "0.5",  "2018-08-01", null,         "MPT"),
  ]),

  // ── Before 2016 only (the BuT years) ──────────────────────────────────────────────────
  fk("STADT", "420001", "Gerd", "Hülsmann", DIPL, "1.0", "2011-08-01", "2014-01-31", [ // retired
    at("HS-MEL",  "1.0",  "2011-08-01", "2014-01-31", "BUT"),
  ]),
  fk("GFS", "F-104", "Ute", "Kleinschmidt", DIPL, "0.5", "2012-08-01", "2014-12-31", [
    at("GS-HOR",  "0.5",  "2012-08-01", "2014-12-31", "BUT"),
  ]),
  fk("GBH", "GBH-009", "Monika", "Lorenz", DIPL, "0.5", "2012-02-01", "2013-07-31", [
    at("GS-JOS",  "0.5",  "2012-02-01", "2013-07-31", "BUT"),
  ]),

  // ── After 2019 ────────────────────────────────────────────────────────────────────────
  fk("LAND", "71813390", "Johanna", "Pieper", MA, "1.0", "2021-08-01", null, [ // successor of K. Albers
    at("GE-MC",   "1.0",  "2021-08-01", null,         "LS"),
  ]),
];
