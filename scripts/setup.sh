#!/usr/bin/env bash
# Everything a fresh machine needs before `npm run demo` or `npm test`:
# the Debian tools the tests drive (xmllint, LibreOffice, poppler, Chromium) and the locked npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
# The Word report is opened by LibreOffice Writer; Liberation Serif has Times New Roman's metrics
# (without it LibreOffice sets the reports in a wider face and they run longer than in Word).
if command -v dpkg >/dev/null 2>&1; then
  dpkg -s libreoffice-writer >/dev/null 2>&1 || need+=(libreoffice-writer)
  dpkg -s fonts-liberation2 >/dev/null 2>&1 || need+=(fonts-liberation2)
  # Carlito has Calibri's metrics: the master's column widths (and Tổng hợp's page of charts) print as in Excel.
  dpkg -s fonts-crosextra-carlito >/dev/null 2>&1 || need+=(fonts-crosextra-carlito)
fi
# Word -> PDF (the plan fixtures' PDF) needs LibreOffice's word processor, not only Calc.
dpkg-query -W -f='${Status}' libreoffice-writer 2>/dev/null | grep -q "ok installed" || need+=(libreoffice-writer)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  echo "Installing: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
