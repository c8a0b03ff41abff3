#!/usr/bin/env bash
# Pictures for docs/import.md: a messy officials' sheet (the anatomy fixture) as LibreOffice prints
# it, and the Nhiệm vụ sheet the importer made of it.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build:cli >/dev/null
tmp=$(mktemp -d)
node build/scripts/fixtures/makeImportFixtures.js "$tmp/in" >/dev/null
node bin/cchc.js consolidate "$tmp/in/1-bo-cuc.xlsx" -o "$tmp/master.xlsx" --as-of 2021-12-15 >/dev/null
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/in/1-bo-cuc.xlsx" >/dev/null 2>&1
test -f "$tmp/1-bo-cuc.pdf"
pdftoppm -png -r 80 -f 1 -l 1 -x 0 -y 0 -W 940 -H 480 "$tmp/1-bo-cuc.pdf" "$tmp/src"
cp "$tmp"/src-1.png docs/nhap-so-lieu-nguon.png
node build/scripts/sheetPdf.js "$tmp/master.xlsx" "Nhiệm vụ" "$tmp/nhiem-vu.xlsx" "Mã tiêu chí,Nội dung,Chủ trì,Hạn hoàn thành,Trạng thái,Tiến độ (%),Ghi chú,Nguồn"
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/nhiem-vu.xlsx" >/dev/null 2>&1
pdftoppm -png -r 80 -f 1 -l 1 -x 0 -y 0 -W 940 -H 200 "$tmp/nhiem-vu.pdf" "$tmp/out"
cp "$tmp"/out-1.png docs/nhap-so-lieu-ket-qua.png
echo "docs/nhap-so-lieu-nguon.png docs/nhap-so-lieu-ket-qua.png"
