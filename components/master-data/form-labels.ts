import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormLabels } from "./record-form";

// The record form's own texts: the shared ones from the "forms" catalog, the submit button of
// a new record ("Schule anlegen") from the master-data namespace's "form.create".

export type MasterDataNamespace = "schools" | "providers" | "districts" | "funding";

export async function formLabels(namespace: MasterDataNamespace, mode: "create" | "edit"): Promise<FormLabels> {
  const labels = await editFormLabels();
  if (mode === "edit") return labels;
  return { ...labels, submit: (await getTranslations(`${namespace}.form`))("create") };
}

/** The texts of a form that edits a stored record (its button says "Speichern"). */
export async function editFormLabels(): Promise<FormLabels> {
  const t = await getTranslations("forms");
  return {
    submit: t("save"),
    pending: t("saving"),
    cancel: t("cancel"),
    choose: t("choose"),
    conflictCaption: t("conflictCaption"),
    field: t("field"),
    typed: t("typed"),
    current: t("current"),
    differs: t("differs"),
    empty: t("empty"),
    conflictHint: t("conflictHint"),
    reload: t("reload"),
  };
}

/** The archive section's texts for a record that is (not) archived now. */
export async function archiveLabels(namespace: MasterDataNamespace, archived: boolean) {
  const [t, form] = await Promise.all([getTranslations(`${namespace}.archive`), getTranslations("forms")]);
  return {
    heading: t("heading"),
    button: t(archived ? "restore" : "archive"),
    hint: t(archived ? "restoreHint" : "archiveHint"),
    reload: form("reload"),
  };
}
