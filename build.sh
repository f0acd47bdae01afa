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
bin="$here/generator/Osez.Cli/bin/Release/net10.0"
stamp="$bin/.compile-stamp"
changed() {
  [ -f "$bin/osez.dll" ] && [ -f "$stamp" ] || return 0
  [ -n "$(find "$here/generator" "$here/Directory.Build.props" "$here/global.json" \
      \( -path '*/bin' -o -path '*/obj' \) -prune -o -type f -newer "$stamp" -print 2>/dev/null | head -n 1)" ]
}
if changed; then
  # The stamp is taken before compiling: a source saved during the compilation counts as changed next time.
  mkdir -p "$bin"
  touch "$stamp.new"
  dotnet build "$here/generator/Osez.Cli" -c Release -nologo -v quiet >&2
  mv "$stamp.new" "$stamp"
fi
exec dotnet "$bin/osez.dll" "$@"
