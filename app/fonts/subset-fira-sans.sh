#!/bin/sh
# Regenerates app/fonts/FiraSans-*-latin.woff2: the Fira Sans weights the UI uses (KERN's
# regular 400, medium 500, semi-bold 600, and 700 for <strong>), cut down to Latin, Latin-1,
# Latin Extended-A and the punctuation German texts need. A full face is ~130 KB, a subset
# ~25 KB; on a throttled mobile connection that was the largest part of the page.
# Characters outside UNICODES fall back to KERN's full files (app/fonts/fira-sans.css).
# Needs fontTools with brotli (Debian: apt-get install python3-fonttools python3-brotli).
# Fira Sans: SIL Open Font License 1.1, see app/fonts/OFL.txt.
set -eu
cd "$(dirname "$0")/../.."
SOURCE=node_modules/@kern-ux/native/dist/fonts/fira-sans
TARGET=app/fonts
# Keep in sync with the unicode-range in app/fonts/fira-sans.css.
UNICODES="U+0000-017F,U+0192,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212,U+2215,U+FEFF,U+FFFD"
PYTHON=${PYTHON:-/usr/bin/python3}
for weight in Regular Medium SemiBold Bold; do
  "$PYTHON" -m fontTools.subset "$SOURCE/FiraSans-$weight.woff2" \
    --unicodes="$UNICODES" \
    --layout-features='kern,liga,calt,ccmp,locl,mark,mkmk,tnum,lnum,pnum,case' \
    --flavor=woff2 \
    --output-file="$TARGET/FiraSans-$weight-latin.woff2"
done
ls -l "$TARGET"/*.woff2
