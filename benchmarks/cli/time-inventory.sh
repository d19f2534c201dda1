#!/usr/bin/env bash
# Times `carbonledger inventory` on a generated 1,000,000-row activities CSV against the awk
# baseline (benchmarks/README.md, "Command line and streaming"). Run from the repository root
# after `mvn -q install -DskipTests`, under the build lock so that no build runs meanwhile:
#   flock /tmp/carbonledger-mvn.lock benchmarks/cli/time-inventory.sh [ROUNDS] [OTHER_CHECKOUT ...]
# Each OTHER_CHECKOUT (a built copy of another commit) is timed in turn with this one, round by
# round, and its results are compared byte for byte with this one's (differences are reported).
set -euo pipefail
rounds=${1:-2}
shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work=${TMPDIR:-/tmp}/carbonledger-timing
mkdir -p "$work"
csv="$work/big.csv"
[ -s "$csv" ] || awk -v N=1000000 -f "$here/benchmarks/cli/generate-activities.awk" > "$csv"
export JAVA_TOOL_OPTIONS=-Xmx256m
for round in $(seq "$rounds"); do
  /usr/bin/time -f "round $round awk: %e s wall" awk -F, -f "$here/benchmarks/cli/awk-baseline.awk" "$csv" > "$work/awk.out"
  for format in csv json; do
    n=0
    for dir in "$here" "$@"; do
      n=$((n + 1))
      /usr/bin/time -f "round $round $format checkout $n ($dir): %e s wall, %M KB max RSS" \
        "$dir/carbonledger" inventory --activities "$csv" --format "$format" --output "$work/out-$n.$format" 2>&1 \
        | grep "^round" || true
      if [ "$format" = json ]; then
        # the default: the result on standard output
        /usr/bin/time -o "$work/time.txt" -f "round $round json to stdout checkout $n ($dir): %e s wall" \
          "$dir/carbonledger" inventory --activities "$csv" > "$work/stdout-$n.json" 2>/dev/null || true
        cat "$work/time.txt"
      fi
    done
  done
done
for format in csv json; do
  for f in "$work"/out-*."$format"; do
    [ "$f" = "$work/out-1.$format" ] && continue
    if cmp -s "$work/out-1.$format" "$f"; then
      echo "$format: $f is identical to this checkout's result"
    else
      echo "$format: $f differs from this checkout's result (expected only if the result's format changed between them)"
    fi
  done
done
echo "sizes: $(du -h "$work"/out-*.* | tr '\n' ' ')"
