// Herne's four city districts (Stadtbezirke).
export const districts = ["Herne-Mitte", "Wanne", "Eickel", "Sodingen"] as const;

export type DistrictName = (typeof districts)[number];
