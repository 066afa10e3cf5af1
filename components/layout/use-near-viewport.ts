"use client";

import { type RefObject, useEffect, useRef, useState } from "react";

/**
 * True once the element comes within `margin` of the viewport, and from then on. Heavy
 * client-only parts below the fold (the Recharts trend charts) load only then, so they cost
 * a first page view nothing: no download, no parsing, no rendering before the reader
 * scrolls there.
 */
export function useNearViewport<T extends Element>(margin = "400px"): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [margin, near]);
  return [ref, near];
}
