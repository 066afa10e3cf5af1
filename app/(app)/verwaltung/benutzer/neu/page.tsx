import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { orNotFound } from "@/components/admin/or-not-found";
import { UserForm } from "@/components/admin/user-form";
import { listBindingOptions } from "@/lib/dal/users";
import { requireViewer } from "@/lib/dal/viewer";
import { createUserAction } from "../actions";

export const metadata: Metadata = { title: "Zugang anlegen" };

export default async function NewUserPage() {
  const viewer = await requireViewer();
  const options = await orNotFound(listBindingOptions(viewer));
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <AdminNav current="/verwaltung/benutzer" />
      <h1 className="kern-heading-large mb-4">Zugang anlegen</h1>
      <p className="kern-body mb-6 max-w-xl">
        Stellwerk vergibt ein Einmal-Passwort, das nach dem Anlegen einmal angezeigt wird. Die Person ersetzt es bei der
        ersten Anmeldung durch ein eigenes.
      </p>
      <UserForm
        action={createUserAction}
        providers={options.providers}
        schools={options.schools}
        initial={{ email: "", name: "", role: "", providerId: "", schoolId: "" }}
      />
    </main>
  );
}
