#!/usr/bin/env bash
# Installe ce que les tests demandent quand il manque, et dit ce qu'il installe :
#   Chromium (pages), Node.js et npm (parité avec lunr.js, lecture des exports), pdftotext (documents imprimés),
#   Java (le validateur HTML du W3C, vnu.jar).
# Debian ou Ubuntu : apt-get, en root ou avec sudo. Ailleurs, dit quoi installer et s'arrête.
# Utilisé par ./test.sh et par .ci/run ; sans effet quand tout est déjà là.
set -uo pipefail

missing=()
chromium_found() {
  [ -n "${OSEZ_CHROMIUM:-}" ] && [ -x "$OSEZ_CHROMIUM" ] && return 0
  for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$candidate" >/dev/null 2>&1 && return 0
  done
  return 1
}
chromium_found || missing+=("chromium:Chromium (navigateur des tests de pages)")
command -v node >/dev/null 2>&1 || missing+=("nodejs:Node.js (parité avec lunr.js, lecture des exports)")
command -v npm >/dev/null 2>&1 || missing+=("npm:npm (outils JavaScript des tests)")
command -v pdftotext >/dev/null 2>&1 || missing+=("poppler-utils:pdftotext (lecture des documents imprimés)")
command -v java >/dev/null 2>&1 || missing+=("default-jre-headless:Java (validateur HTML du W3C, vnu.jar)")

[ ${#missing[@]} -eq 0 ] && exit 0

packages=()
for item in "${missing[@]}"; do
  echo "Installation de ${item#*:} : paquet ${item%%:*}"
  packages+=("${item%%:*}")
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get introuvable : installez à la main les paquets ${packages[*]}." >&2
  exit 1
fi
if [ "$(id -u)" = 0 ]; then as_root=(); elif command -v sudo >/dev/null 2>&1; then as_root=(sudo); else
  echo "Il faut être administrateur (root ou sudo) pour installer ${packages[*]}." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${as_root[@]}" apt-get update -qq || ! "${as_root[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null; then
  echo "L'installation de ${packages[*]} a échoué (voir les messages d'apt-get ci-dessus)." >&2
  exit 1
fi
echo "Installé : ${packages[*]}."
