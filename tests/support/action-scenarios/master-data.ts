import * as fundingActions from "../../../app/(app)/finanzierungen/actions.ts";
import * as schoolActions from "../../../app/(app)/schulen/actions.ts";
import * as districtActions from "../../../app/(app)/stadtbezirke/actions.ts";
import * as providerActions from "../../../app/(app)/traeger/actions.ts";
import { todayIso } from "../../../lib/key-date.ts";
import { schoolYearOf } from "../../../lib/school-year.ts";
import { prisma } from "../db.ts";
import { day, makeDistrict, makeProvider, makeSchool } from "../fixtures.ts";
import { attempt, form, type Scenario } from "./helpers.ts";

// Scenarios for the master-data actions (schools, providers, districts, funding sources):
// each acts on a fresh record and says whether the change reached the database.

let counter = 0;
const unique = () => `${Date.now() % 100000}${++counter}`;

async function makeFunding() {
  return prisma.fundingSource.create({
    data: { name: `Finanzierung ${unique()}`, kind: "KOMMUNAL", validFrom: day("2015-01-01") },
  });
}

const THIS_YEAR = String(schoolYearOf(todayIso()));
const archive = (id: string, version: number) => form({ id, version: String(version), archived: "true" });

export const masterDataScenarios: Record<string, Scenario> = {
  createSchoolAction: async () => {
    const district = await makeDistrict();
    const schoolNumber = String(800000 + (++counter % 100000)).padStart(6, "0");
    await attempt(() =>
      schoolActions.createSchoolAction(
        {},
        form({
          schoolNumber,
          name: "Matrixschule",
          type: "GRUNDSCHULE",
          districtId: district.id,
          pupilCount: "120",
          pupilSchoolYear: "2026",
        }),
      ),
    );
    return (await prisma.school.count({ where: { schoolNumber } })) === 1;
  },
  updateSchoolAction: async () => {
    const school = await makeSchool();
    await attempt(() =>
      schoolActions.updateSchoolAction(
        {},
        form({
          id: school.id,
          version: String(school.version),
          schoolNumber: school.schoolNumber,
          name: "Umbenannt",
          type: school.type,
          districtId: school.districtId,
          pupilCount: "200",
          pupilSchoolYear: THIS_YEAR,
        }),
      ),
    );
    return (await prisma.school.findUniqueOrThrow({ where: { id: school.id } })).name === "Umbenannt";
  },
  setSchoolArchivedAction: async () => {
    const school = await makeSchool();
    await attempt(() => schoolActions.setSchoolArchivedAction({}, archive(school.id, school.version)));
    return (await prisma.school.findUniqueOrThrow({ where: { id: school.id } })).archivedAt !== null;
  },
  createProviderAction: async () => {
    const name = `Matrixträger ${unique()}`;
    await attempt(() =>
      providerActions.createProviderAction({}, form({ name, shortName: `M${unique()}`, kind: "NON_PROFIT" })),
    );
    return (await prisma.provider.count({ where: { name } })) === 1;
  },
  updateProviderAction: async () => {
    const provider = await makeProvider();
    await attempt(() =>
      providerActions.updateProviderAction(
        {},
        form({
          id: provider.id,
          version: String(provider.version),
          name: `${provider.name} neu`,
          shortName: provider.shortName,
          kind: provider.kind,
        }),
      ),
    );
    return (await prisma.provider.findUniqueOrThrow({ where: { id: provider.id } })).name === `${provider.name} neu`;
  },
  // providerA's contact: the admin and providerA's own user may change it, providerB may not.
  updateProviderContactAction: async ({ world }) => {
    const before = await prisma.provider.findUniqueOrThrow({ where: { id: world.providerA.id } });
    const contact = `Kontakt ${unique()}`;
    await attempt(() =>
      providerActions.updateProviderContactAction(
        {},
        form({ id: before.id, version: String(before.version), contact }),
      ),
    );
    return (await prisma.provider.findUniqueOrThrow({ where: { id: before.id } })).contact === contact;
  },
  setProviderArchivedAction: async () => {
    const provider = await makeProvider();
    await attempt(() => providerActions.setProviderArchivedAction({}, archive(provider.id, provider.version)));
    return (await prisma.provider.findUniqueOrThrow({ where: { id: provider.id } })).archivedAt !== null;
  },
  createDistrictAction: async () => {
    const name = `Matrixbezirk ${unique()}`;
    await attempt(() => districtActions.createDistrictAction({}, form({ name })));
    return (await prisma.district.count({ where: { name } })) === 1;
  },
  updateDistrictAction: async () => {
    const district = await makeDistrict();
    const name = `Umbenannt ${unique()}`;
    await attempt(() =>
      districtActions.updateDistrictAction({}, form({ id: district.id, version: String(district.version), name })),
    );
    return (await prisma.district.findUniqueOrThrow({ where: { id: district.id } })).name === name;
  },
  setDistrictArchivedAction: async () => {
    const district = await makeDistrict();
    await attempt(() => districtActions.setDistrictArchivedAction({}, archive(district.id, district.version)));
    return (await prisma.district.findUniqueOrThrow({ where: { id: district.id } })).archivedAt !== null;
  },
  createFundingSourceAction: async () => {
    const name = `Matrixfinanzierung ${unique()}`;
    await attempt(() =>
      fundingActions.createFundingSourceAction({}, form({ name, kind: "MPT", validFrom: "2020-08-01" })),
    );
    return (await prisma.fundingSource.count({ where: { name } })) === 1;
  },
  updateFundingSourceAction: async () => {
    const source = await makeFunding();
    await attempt(() =>
      fundingActions.updateFundingSourceAction(
        {},
        form({
          id: source.id,
          version: String(source.version),
          name: source.name,
          kind: source.kind,
          validFrom: "2015-01-01",
          validUntil: "2030-12-31",
        }),
      ),
    );
    const after = await prisma.fundingSource.findUniqueOrThrow({ where: { id: source.id } });
    return after.validUntil?.toISOString().slice(0, 10) === "2030-12-31";
  },
  setFundingSourceArchivedAction: async () => {
    const source = await makeFunding();
    await attempt(() => fundingActions.setFundingSourceArchivedAction({}, archive(source.id, source.version)));
    return (await prisma.fundingSource.findUniqueOrThrow({ where: { id: source.id } })).archivedAt !== null;
  },
};
