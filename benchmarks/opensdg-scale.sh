#!/usr/bin/env bash
# Scale runs of `strateg opensdg-progress` (issue 16): the statcan-gif repository of the reference data copied
# 1×, 20×, 100× (and more if given) into a temporary directory by OpenSdgCopies, each run in -Xmx256m with the
# sdg-translations en files and the repository's translations/, writing indicator_calculation_components.yml.
# Prints wall time and peak resident memory (GNU time) per size. The copies are deleted afterwards; nothing is
# written into the project.
#
#   STRATEG_REFERENCE_DATA=/path/to/data benchmarks/opensdg-scale.sh            # 1 20 100
#   STRATEG_REFERENCE_DATA=/path/to/data benchmarks/opensdg-scale.sh 1 100 1000
set -euo pipefail
cd "$(dirname "$0")/.."
: "${STRATEG_REFERENCE_DATA:?set STRATEG_REFERENCE_DATA to the folder that contains open-sdg-reference/}"
REF="$STRATEG_REFERENCE_DATA/open-sdg-reference"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1 20 100)
[ -f examples/target/strateg.jar ] && [ -f benchmarks/target/benchmarks.jar ] || mvn -B -q -o -pl examples,benchmarks -am package -DskipTests
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
printf '%-6s %-11s %-9s %-9s %s\n' size indicators wall_s rss_MiB exit
for n in "${SIZES[@]}"; do
  rm -rf "$WORK/repo" "$WORK/out.yml"
  java -cp benchmarks/target/benchmarks.jar eu.strateg.benchmarks.opensdg.OpenSdgCopies "$REF/statcan-gif" "$WORK/repo" "$n" >/dev/null
  set +e
  /usr/bin/time -f '%e %M' -o "$WORK/time" java $JAVA_OPTS -jar examples/target/strateg.jar opensdg-progress "$WORK/repo" \
      --translations "$REF/sdg-translations-2.4.0" --format yaml --out "$WORK/out.yml" 2>"$WORK/err"
  rc=$?
  set -e
  read -r wall rss < "$WORK/time"
  printf '%-6s %-11s %-9s %-9s %s\n' "$n" "$(ls "$WORK/repo/indicator-config" | wc -l)" "$wall" "$((rss / 1024))" "$rc"
  [ "$rc" -eq 0 ] || { cat "$WORK/err"; exit "$rc"; }
done
