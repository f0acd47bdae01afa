#!/usr/bin/env bash
# Lance tous les tests du projet et termine par une ligne « N passed, N failed ».
# Au premier lancement, installe ce qui manque : Chromium, Node.js, pdftotext (Debian ou Ubuntu,
# tests/tools/install.sh), puis les outils JavaScript des tests (tests/node).
# Chromium : variable OSEZ_CHROMIUM, sinon les emplacements habituels.
set -uo pipefail
cd "$(dirname "$0")"

# Installe ce qui manque (Chromium, Node.js et npm, pdftotext), en disant quoi.
if ! tests/tools/install.sh; then
  echo "0 passed, 1 failed"
  exit 2
fi
if [ ! -f tests/node/node_modules/.package-lock.json ] || ! cmp -s tests/node/package-lock.json tests/node/node_modules/.osez-lock; then
  npm ci --prefix tests/node --no-audit --no-fund --loglevel=error || { echo "0 passed, 1 failed"; exit 2; }
  cp tests/node/package-lock.json tests/node/node_modules/.osez-lock
fi

if [ -z "${OSEZ_CHROMIUM:-}" ]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser /snap/bin/chromium /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    if [ -x "$candidate" ]; then export OSEZ_CHROMIUM="$candidate"; break; fi
  done
fi
if [ -z "${OSEZ_CHROMIUM:-}" ] || [ ! -x "$OSEZ_CHROMIUM" ]; then
  echo "Chromium introuvable : installez-le (Debian/Ubuntu : sudo apt-get install chromium) ou indiquez son chemin dans la variable OSEZ_CHROMIUM."
  echo "0 passed, 1 failed"
  exit 2
fi

# Le serveur de traduction de Zotero (tests ZoteroTests) ne fait pas partie du dépôt : dire lequel servira, ou qu'il manque.
zotero=${OSEZ_ZOTERO:-}
if [ -z "$zotero" ]; then
  for candidate in ../shared/zotero ../../shared/zotero; do
    if [ -f "$candidate/run.sh" ]; then zotero=$(cd "$candidate" && pwd); break; fi
  done
fi
if [ -n "$zotero" ] && [ -f "$zotero/run.sh" ]; then
  echo "Serveur de traduction de Zotero : $zotero"
else
  echo "Serveur de traduction de Zotero introuvable (variable OSEZ_ZOTERO, ../shared/zotero, ../../shared/zotero) : les tests ZoteroTests seront ignorés."
fi

log=$(mktemp)
dotnet test --solution Osez.slnx "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oP '^\s+succeeded:\s+\K\d+' "$log" | tail -1)
failed=$(grep -oP '^\s+failed:\s+\K\d+' "$log" | tail -1)
rm -f "$log"
if [ -z "$passed$failed" ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$status"
