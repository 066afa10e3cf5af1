// Tailwind builds the utilities the sources use; PurgeCSS then drops the rules of KERN's full
// stylesheet (340 KB, render-blocking on every page) that no source uses. Its extractor keeps
// Tailwind's tokens whole (`md:hidden`, `max-w-6xl`), so Tailwind's output survives intact.
// So class names are never assembled from parts (tests/unit/css-class-names.test.ts); see
// docs/decisions/0009-lean-public-page.md.
export default {
  plugins: {
    "@tailwindcss/postcss": {},
    "@fullhuman/postcss-purgecss": {
      content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
      defaultExtractor: (content) => content.match(/[^<>"'`\s]*[^<>"'`\s:]/g) ?? [],
      variables: true,
      keyframes: false,
      fontFace: false,
    },
  },
};
