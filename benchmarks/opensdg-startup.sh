#!/usr/bin/env bash
# Whole-process figures of `strateg opensdg-progress` on the statcan-gif reference repository with translation on
# (issue 16), runs interleaved so that the shared machine's load hits every variant alike:
#   plain     java -jar strateg.jar
#   cds       the same with an application class-data sharing archive (made once here, in examples/target/)
#   cds-c1    the archive and -XX:TieredStopAtLevel=1 (C1 only: a short run never needs C2)
#   peer-floor  benchmarks/opensdg-peer-floor.py on Debian's python3-pandas/python3-yaml (a lower bound of sdg-build)
# Prints each run's wall time, then the median per variant.
#
#   STRATEG_REFERENCE_DATA=/path/to/data benchmarks/opensdg-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${STRATEG_REFERENCE_DATA:?set STRATEG_REFERENCE_DATA to the folder that contains open-sdg-reference/}"
REF="$STRATEG_REFERENCE_DATA/open-sdg-reference"
RUNS=${1:-5}
JAR=examples/target/strateg.jar
[ -f "$JAR" ] || mvn -B -q -o -pl examples -am package -DskipTests
ARGS=(opensdg-progress "$REF/statcan-gif" --translations "$REF/sdg-translations-2.4.0" --format yaml)
JSA=examples/target/strateg-opensdg.jsa
# JDK 17: a dynamic archive, written at the end of one ordinary run; it is tied to this jar file
rm -f "$JSA"
java -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" "${ARGS[@]}" >/dev/null 2>&1
declare -A CMD=(
  [plain]="java -jar $JAR"
  [cds]="java -XX:SharedArchiveFile=$JSA -jar $JAR"
  [cds-c1]="java -XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -jar $JAR"
)
VARIANTS=(plain cds cds-c1)
if /usr/bin/python3 -c 'import pandas, yaml' 2>/dev/null; then
  VARIANTS+=(peer-floor)
fi
TMP=$(mktemp)
trap 'rm -f "$TMP"' EXIT
declare -A TIMES
for ((i = 1; i <= RUNS; i++)); do
  for v in "${VARIANTS[@]}"; do
    if [ "$v" = peer-floor ]; then
      /usr/bin/time -f '%e' -o "$TMP" /usr/bin/python3 benchmarks/opensdg-peer-floor.py "$REF/statcan-gif" "$REF/sdg-translations-2.4.0" >/dev/null
    else
      /usr/bin/time -f '%e' -o "$TMP" ${CMD[$v]} "${ARGS[@]}" >/dev/null
    fi
    TIMES[$v]+="$(tail -1 "$TMP") "
    echo "run $i $v $(tail -1 "$TMP") s"
  done
done
echo "load: $(uptime)"
for v in "${VARIANTS[@]}"; do
  echo "median $v: $(echo ${TIMES[$v]} | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s"
done
