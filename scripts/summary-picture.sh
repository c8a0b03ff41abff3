#!/usr/bin/env bash
# Prints the demo master's Tổng hợp through LibreOffice and saves its first page (the tables) and
# the page of its charts as docs/tong-hop-trang-1.png and docs/tong-hop-bieu-do.png (for the README).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build:cli >/dev/null
tmp=$(mktemp -d)
node bin/cchc.js consolidate examples -o "$tmp/master.xlsx" --as-of 2021-12-15 >/dev/null
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/master.xlsx" >/dev/null 2>&1
test -f "$tmp/master.pdf"
# The page holding the charts: the first whose text has the first chart's title.
pages=$(pdfinfo "$tmp/master.pdf" | awk '/^Pages:/ {print $2}')
charts=""
for p in $(seq 1 "$pages"); do
  if pdftotext -f "$p" -l "$p" "$tmp/master.pdf" - | grep -q "Thực hiện so với chỉ tiêu"; then charts=$p; break; fi
done
test -n "$charts"
pdftoppm -png -r 80 -f 1 -l 1 "$tmp/master.pdf" "$tmp/tables"
pdftoppm -png -r 80 -f "$charts" -l "$charts" "$tmp/master.pdf" "$tmp/charts"
cp "$tmp"/tables-*.png docs/tong-hop-trang-1.png
cp "$tmp"/charts-*.png docs/tong-hop-bieu-do.png
echo "docs/tong-hop-trang-1.png docs/tong-hop-bieu-do.png (charts on page $charts)"
