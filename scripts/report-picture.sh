#!/usr/bin/env bash
# Prints the demo report's first page through LibreOffice and saves it as docs/bao-cao-trang-1.png (for the README).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent demo >/dev/null
tmp=$(mktemp -d)
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" out/bao-cao-2021-Q4.xlsx >/dev/null 2>&1
test -f "$tmp/bao-cao-2021-Q4.pdf"
pdftoppm -png -r 70 -f 1 -l 1 "$tmp/bao-cao-2021-Q4.pdf" "$tmp/page"
cp "$tmp"/page-1.png docs/bao-cao-trang-1.png
echo "docs/bao-cao-trang-1.png"
