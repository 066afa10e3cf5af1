import type { MetadataRoute } from "next";

// /robots.txt: crawlers may fetch everything; all but the public statistics and the sign-in
// page answer with a redirect to the sign-in page anyway.
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/" }] };
}
