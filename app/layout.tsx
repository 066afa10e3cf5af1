import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stellwerk – Schulsozialarbeit", template: "%s · Stellwerk" },
  description: "Steuerung der Schulsozialarbeit: Fachkräfte, Träger, Schulen und Einsätze zu jedem Stichtag.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de" data-kern-theme="light">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
