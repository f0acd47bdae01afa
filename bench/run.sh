#!/usr/bin/env bash
# Mesure des performances : notre générateur face à Hugo, sur les mêmes fiches, dans la même série.
#
#   bench/run.sh                                  # 1 000 et 10 000 fiches, 5 mesures après 1 tour à blanc
#   SIZES=60 RUNS=1 WARMUP=0 bench/run.sh         # essai rapide
#
# For each size: generates the write-ups (bench/Osez.Corpus, deterministic), builds them with our
# generator (Release build, run as a process, full build) and with Hugo (bench/hugo: one page per
# write-up plus one list page), checks the page counts, prints our `build --timings` breakdown once,
# then times both builds interleaved with bench/timer.py (wall, CPU user+sys, peak RSS; median).
#
# Environment (defaults):
#   SIZES="1000 10000"   corpus sizes            SEED=1             corpus seed
#   RUNS=5  WARMUP=1     timed / untimed runs    WORK=$TMPDIR/osez-bench   corpora and outputs
#   HUGO=hugo            Hugo command; the comparison is skipped (with a message) if it is missing
#   JSON=0               1: keep every run in $WORK/timings-N.json
#   EDITS=10             edits timed on the preview server (bench/serve/latency.py), on the first size; 0: none
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZES=${SIZES:-"1000 10000"}
SEED=${SEED:-1}
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
WORK=${WORK:-${TMPDIR:-/tmp}/osez-bench}
HUGO=${HUGO:-hugo}
JSON=${JSON:-0}
EDITS=${EDITS:-10}

log() { printf '\n== %s\n' "$*"; }
pages() { find "$1" -name '*.html' | wc -l; }

command -v python3 >/dev/null || { echo "python3 est nécessaire pour mesurer (bench/timer.py)." >&2; exit 2; }
have_hugo=1
command -v "$HUGO" >/dev/null || { have_hugo=0; echo "Hugo est introuvable ($HUGO) : seule notre construction sera mesurée." >&2; }

mkdir -p "$WORK"
log "compilation (Release)"
for project in generator/Osez.Cli/Osez.Cli.csproj bench/Osez.Corpus/Osez.Corpus.csproj; do
  dotnet build "$ROOT/$project" -c Release -nologo -v quiet >"$WORK/compilation.log" 2>&1 \
    || { cat "$WORK/compilation.log" >&2; exit 1; }
  echo "$project : compilé"
done
OURS="$ROOT/generator/Osez.Cli/bin/Release/net10.0/osez.dll"
CORPUS="$ROOT/bench/Osez.Corpus/bin/Release/net10.0/osez-corpus.dll"

log "machine"
echo "$(nproc) cœurs, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), charge : $(cut -d' ' -f1-3 /proc/loadavg)"
echo "dotnet $(dotnet --version)"
[ "$have_hugo" = 1 ] && "$HUGO" version
echo "SIZES=\"$SIZES\" SEED=$SEED RUNS=$RUNS WARMUP=$WARMUP WORK=$WORK"

# Hugo writes a lock file and a resources folder next to its configuration: use a copy, not the repository.
HUGO_SITE="$WORK/hugo-site"
rm -rf "$HUGO_SITE"
cp -r "$ROOT/bench/hugo" "$HUGO_SITE"

for n in $SIZES; do
  C="$WORK/corpus-$n" O="$WORK/ours-$n" H="$WORK/hugo-$n"
  log "$n fiches"
  dotnet "$CORPUS" --count "$n" --seed "$SEED" --out "$C" --stats
  echo "corpus : $(du -sh "$C/content/fiches" | cut -f1) dans $C/content"

  ours=(dotnet "$OURS" build --content "$C/content" --templates "$ROOT/templates" --output "$O")
  hugo=("$HUGO" --source "$HUGO_SITE" --contentDir "$C/content" --destination "$H" --quiet)

  echo "\$ ${ours[*]} --timings"
  "${ours[@]}" --timings 2>"$WORK/ours-$n.stderr" || { cat "$WORK/ours-$n.stderr" >&2; exit 1; }
  echo "notre site : $(pages "$O") pages HTML, $(find "$O" -type f | wc -l) fichiers, $(du -sh "$O" | cut -f1)"
  jobs=(--job ours -- "${ours[@]}")
  if [ "$have_hugo" = 1 ]; then
    echo "\$ ${hugo[*]}"
    "${hugo[@]}"
    echo "Hugo : $(pages "$H") pages HTML (attendu $((n + 1))), $(du -sh "$H" | cut -f1)"
    jobs+=(--job hugo -- "${hugo[@]}")
  fi

  json=()
  [ "$JSON" = 1 ] && json=(--json "$WORK/timings-$n.json")
  python3 "$ROOT/bench/timer.py" --runs "$RUNS" --warmup "$WARMUP" --title "$n fiches" "${json[@]}" "${jobs[@]}"
done

# The preview server: from saving a write-up to its page served again, on the first size, against hugo server.
if [ "$EDITS" -gt 0 ]; then
  first=${SIZES%% *}
  log "aperçu (serve), $first fiches"
  python3 "$ROOT/bench/serve/latency.py" --corpus "$WORK/corpus-$first" --edits "$EDITS" --osez "$OURS" \
    --templates "$ROOT/templates" --hugo "$HUGO" --hugo-site "$ROOT/bench/hugo"
fi
