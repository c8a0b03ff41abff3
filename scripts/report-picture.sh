#!/usr/bin/env bash
# Prints the demo report's first page through LibreOffice, as the Word document and as the
# workbook, and saves them as docs/bao-cao-word-trang-1.png and docs/bao-cao-trang-1.png (for the README).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent demo >/dev/null 2>&1
tmp=$(mktemp -d)
for f in bao-cao-nam-2021.docx bao-cao-nam-2021.xlsx; do
  mkdir -p "$tmp/${f##*.}"
  soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp/${f##*.}" "out/$f" >/dev/null 2>&1
  test -f "$tmp/${f##*.}/${f%.*}.pdf"
done
pdftoppm -png -r 80 -f 1 -l 1 "$tmp/docx/bao-cao-nam-2021.pdf" "$tmp/word"
pdftoppm -png -r 70 -f 1 -l 1 "$tmp/xlsx/bao-cao-nam-2021.pdf" "$tmp/sheet"
cp "$tmp"/word-1.png docs/bao-cao-word-trang-1.png
cp "$tmp"/sheet-1.png docs/bao-cao-trang-1.png
echo "docs/bao-cao-word-trang-1.png docs/bao-cao-trang-1.png"
