#!/usr/bin/env sh
# Construit le site à partir de content/ dans output/.
# Toute autre commande du générateur passe aussi par ce script :
#   ./build.sh check      ./build.sh serve      ./build.sh new      ./build.sh --help
#
# The generator is compiled (Release) only when its sources changed since the last compilation made
# here; otherwise the compiled program starts at once, without the up-to-date check of `dotnet run`
# (about a second per call).
set -e
here=$(cd "$(dirname "$0")" && pwd)
case "${1:-}" in
  -h|--help|-\?|/\?|--version) ;;
  ""|-*) set -- build "$@" ;;
esac
# The generator's help and messages name the command as it is typed here.
export OSEZ_SCRIPT=./build.sh
# The folders the person does not name are the project's, wherever the command is typed from; those named are
# taken from where the person is (the script never changes folder).
export OSEZ_PROJET="$here"
bin="$here/generator/Osez.Cli/bin/Release/net10.0"
stamp="$bin/.compile-stamp"
changed() {
  [ -f "$bin/osez.dll" ] && [ -f "$stamp" ] || return 0
  [ -n "$(find "$here/generator" "$here/Directory.Build.props" "$here/global.json" \
      \( -path '*/bin' -o -path '*/obj' \) -prune -o -type f -newer "$stamp" -print 2>/dev/null | head -n 1)" ]
}
if ! command -v dotnet >/dev/null 2>&1; then
  echo "Le SDK .NET est introuvable (commande « dotnet ») : installez le SDK .NET 10 (https://dotnet.microsoft.com/download), puis relancez ${OSEZ_SCRIPT}." >&2
  exit 2
fi
if changed; then
  # The stamp is taken before compiling: a source saved during the compilation counts as changed next time.
  mkdir -p "$bin"
  touch "$stamp.new"
  if [ -f "$bin/osez.dll" ]; then
    echo "Le générateur a changé : nouvelle compilation (jusqu'à une minute)..." >&2
  else
    echo "Première utilisation : compilation du générateur (une à deux minutes, une seule fois)..." >&2
  fi
  # The compiler's output is shown only when it fails: its closing summary is in English and says nothing more.
  log=$(mktemp)
  if ! dotnet build "$here/generator/Osez.Cli" -c Release -nologo -v quiet >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "La compilation du générateur a échoué (messages ci-dessus) : rien n'a été fait." >&2
    exit 2
  fi
  rm -f "$log"
  mv "$stamp.new" "$stamp"
fi
exec dotnet "$bin/osez.dll" "$@"
