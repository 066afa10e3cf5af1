import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormLabels } from "./record-form";

// The record form's own texts; every master-data namespace has the same "form" keys.

export type MasterDataNamespace = "schools" | "providers" | "districts" | "funding";

export async function formLabels(namespace: MasterDataNamespace, mode: "create" | "edit"): Promise<FormLabels> {
  const t = await getTranslations(`${namespace}.form`);
  return {
    submit: t(mode === "create" ? "create" : "save"),
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
  const t = await getTranslations(`${namespace}.archive`);
  const form = await getTranslations(`${namespace}.form`);
  return {
    heading: t("heading"),
    button: t(archived ? "restore" : "archive"),
    hint: t(archived ? "restoreHint" : "archiveHint"),
    reload: form("reload"),
  };
}
