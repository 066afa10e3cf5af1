import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { orNotFound } from "@/components/admin/or-not-found";
import { UserForm } from "@/components/admin/user-form";
import { listBindingOptions } from "@/lib/dal/users";
import { requireViewer } from "@/lib/dal/viewer";
import { createUserAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("create") };
}

export default async function NewUserPage() {
  const viewer = await requireViewer();
  const options = await orNotFound(listBindingOptions(viewer));
  const t = await getTranslations("users");
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <AdminNav current="/verwaltung/benutzer" />
      <h1 className="kern-heading-large mb-4">{t("create")}</h1>
      <p className="kern-body mb-6 max-w-xl">{t("createIntro")}</p>
      <UserForm
        action={createUserAction}
        providers={options.providers}
        schools={options.schools}
        initial={{ email: "", name: "", role: "", providerId: "", schoolId: "" }}
      />
    </main>
  );
}
