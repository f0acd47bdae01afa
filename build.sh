#!/usr/bin/env sh
# Construit le site à partir de content/ dans output/.
# Toute autre commande du générateur passe aussi par ce script :
#   ./build.sh check      ./build.sh serve      ./build.sh new      ./build.sh --help
set -e
here=$(cd "$(dirname "$0")" && pwd)
case "${1:-}" in
  ""|-*) set -- build "$@" ;;
esac
exec dotnet run --project "$here/generator/Osez.Cli" -c Release -- "$@"
