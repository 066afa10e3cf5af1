// KERN icons used on buttons, by name. Whole class names on purpose: the build keeps only
// the KERN rules whose class names the sources contain (postcss.config.mjs), so a name
// assembled at run time from "kern-icon--" and a name would lose its icon.
export const ICON_CLASS = {
  add: "kern-icon--add",
  edit: "kern-icon--edit",
  search: "kern-icon--search",
} as const;

export type IconName = keyof typeof ICON_CLASS;
