import type { Metadata } from "next";
import { requireViewer } from "@/lib/dal/viewer";
import { ROLE_LABELS } from "@/lib/permissions";

export const metadata: Metadata = { title: "Übersicht" };

export default async function StartPage() {
  const viewer = await requireViewer();
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <h1 className="kern-heading-large mb-4">Übersicht</h1>
      <p className="kern-body">
        Willkommen, {viewer.name}. Sie sind angemeldet als {ROLE_LABELS[viewer.role]}.
      </p>
    </main>
  );
}
