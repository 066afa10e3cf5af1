import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { orNotFound } from "@/components/admin/or-not-found";
import { UserForm } from "@/components/admin/user-form";
import { getUser, listBindingOptions } from "@/lib/dal/users";
import { requireViewer } from "@/lib/dal/viewer";
import { userIdSchema } from "@/lib/schemas/user";
import { updateUserAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("editTitle") };
}

type Props = { params: Promise<{ id: string }> };

export default async function EditUserPage({ params }: Props) {
  const viewer = await requireViewer();
  const id = userIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [user, options] = await Promise.all([
    orNotFound(getUser(viewer, id.data)),
    orNotFound(listBindingOptions(viewer)),
  ]);
  const t = await getTranslations("users");
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <AdminNav current="/verwaltung/benutzer" />
      <p className="kern-body mb-2">
        <a className="kern-link" href={`/verwaltung/benutzer/${user.id}`}>
          {t("backTo", { name: user.name })}
        </a>
      </p>
      <h1 className="kern-heading-large mb-6">{t("editTitle")}</h1>
      <UserForm
        action={updateUserAction}
        providers={options.providers}
        schools={options.schools}
        initial={{
          email: user.email,
          name: user.name,
          role: user.role,
          providerId: user.providerId ?? "",
          schoolId: user.schoolId ?? "",
        }}
        edit={{ id: user.id, version: user.version }}
      />
    </main>
  );
}
