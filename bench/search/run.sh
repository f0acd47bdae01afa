#!/usr/bin/env bash
# Mesure de la recherche à grande échelle : construction de l'index (étape « search ») et page de
# recherche dans Chromium, à 1 000 et 10 000 fiches générées (bench/Osez.Corpus).
#
#   bench/search/run.sh                              # 1 000 et 10 000 fiches
#   SIZES=1000 RUNS=1 bench/search/run.sh            # essai rapide
#   BASELINE=c3436ec bench/search/run.sh             # compare avec l'index unique d'une version antérieure
#
# For each size: generates the corpus (deterministic, seed 1), builds the site with `build --timings`
# (whole-process wall time and peak memory by bench/timer.py, median of BUILDS runs), then measures
# the search page with bench/search/measure.mjs (headless Chromium, gzip over local HTTP): bytes of
# the first query by kind of file, cold, warm and "once loaded" latencies, later queries, JS heap.
# With BASELINE=<git ref>, the generator of that ref (a single lunr index, before sharding) is built
# from `git archive` and measured the same way.
#
# Environment (defaults):
#   SIZES="1000 10000"  RUNS=3 (browser passes)  BUILDS=3 (timed builds)  SEED=1
#   WORK=$TMPDIR/osez-bench-search   OSEZ_CHROMIUM=/usr/bin/chromium   BASELINE=(none)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/search"
SIZES=${SIZES:-"1000 10000"}
RUNS=${RUNS:-3}
BUILDS=${BUILDS:-3}
SEED=${SEED:-1}
WORK=${WORK:-${TMPDIR:-/tmp}/osez-bench-search}
BASELINE=${BASELINE:-}
export OSEZ_CHROMIUM=${OSEZ_CHROMIUM:-/usr/bin/chromium}

log() { printf '\n== %s\n' "$*" >&2; }

command -v node >/dev/null || { echo "node est nécessaire (mesure dans Chromium)." >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 est nécessaire (bench/timer.py)." >&2; exit 2; }
[ -x "$OSEZ_CHROMIUM" ] || { echo "Chromium introuvable : $OSEZ_CHROMIUM" >&2; exit 2; }
[ -d "$HERE/node_modules/playwright-core" ] || npm ci --prefix "$HERE" --no-audit --no-fund --loglevel=error

log "compilation (Release)"
dotnet build "$ROOT/generator/Osez.Cli/Osez.Cli.csproj" -c Release -nologo -v quiet >&2
dotnet build "$ROOT/bench/Osez.Corpus/Osez.Corpus.csproj" -c Release -nologo -v quiet >&2
OURS="$ROOT/generator/Osez.Cli/bin/Release/net10.0/osez.dll"
CORPUS="$ROOT/bench/Osez.Corpus/bin/Release/net10.0/osez-corpus.dll"
mkdir -p "$WORK"

if [ -n "$BASELINE" ]; then
  log "version de référence $BASELINE (index unique)"
  rm -rf "$WORK/baseline-src"
  mkdir -p "$WORK/baseline-src"
  git -C "$ROOT" archive "$BASELINE" | tar -x -C "$WORK/baseline-src"
  dotnet build "$WORK/baseline-src/generator/Osez.Cli/Osez.Cli.csproj" -c Release -nologo -v quiet >&2
  THEIRS="$WORK/baseline-src/generator/Osez.Cli/bin/Release/net10.0/osez.dll"
fi

echo "machine : $(nproc) cœurs, charge $(cut -d' ' -f1-3 /proc/loadavg), dotnet $(dotnet --version), $("$OSEZ_CHROMIUM" --version 2>/dev/null | head -1)"

for n in $SIZES; do
  C="$WORK/corpus-$n"
  log "$n fiches"
  [ -d "$C/content/fiches" ] || dotnet "$CORPUS" --count "$n" --seed "$SEED" --out "$C" >&2
  variants=("sharded:$OURS:$ROOT/templates")
  [ -n "$BASELINE" ] && variants+=("single:$THEIRS:$WORK/baseline-src/templates")
  for variant in "${variants[@]}"; do
    IFS=: read -r name dll templates <<<"$variant"
    O="$WORK/site-$name-$n"
    build=(dotnet "$dll" build --content "$C/content" --templates "$templates" --output "$O")
    "${build[@]}" --timings >"$WORK/build-$name-$n.txt" 2>&1 || { cat "$WORK/build-$name-$n.txt" >&2; exit 1; }
    echo "[$name $n] étape search : $(grep -E '^\s+search' "$WORK/build-$name-$n.txt" | awk '{print $2, $3}')" \
      "; fichiers de recherche : $(find "$O/recherche" -type f | wc -l), $(du -sh "$O/recherche" | cut -f1)"
    python3 "$ROOT/bench/timer.py" --runs "$BUILDS" --warmup 0 --title "construction $name $n" --job "$name" -- "${build[@]}"
    node "$HERE/measure.mjs" "$O" "$name-$n" "$RUNS" >"$WORK/browser-$name-$n.json"
    python3 "$HERE/table.py" "$WORK/browser-$name-$n.json"
  done
done
