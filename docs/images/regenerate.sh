#!/usr/bin/env bash
# Regenerates the screenshots in docs/images from the Kyjov example (as of 2025-06-30, Czech): the HTML report on a
# desktop (1366 px) and a phone (390 px), the indicator portal's overview and one indicator page, and two PDF pages;
# and the territory index of the portal of a whole store (Kyjov and Niepołomice, `report --all --format site`).
# Needs Debian's chromium and poppler-utils (pdftoppm): apt-get install chromium poppler-utils
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q -pl examples -am package -DskipTests
jar=examples/target/strateg.jar
ex=examples/src/main/resources/examples
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
report() { java -jar "$jar" report --strategy "$ex/kyjov-2030.json" --observations "$ex/kyjov-2030-observations.csv" --lang cs \
  --as-of 2025-06-30 "$@"; }
report --format html --out "$out/kyjov.html"
report --format pdf --out "$out/kyjov.pdf"
report --format site --out "$out/site"
for town in kyjov-2030 niepolomice-2030; do
  java -jar "$jar" import --store "json:$out/store" --strategy "$ex/$town.json" --observations "$ex/$town-observations.csv" >/dev/null
done
java -jar "$jar" report --store "json:$out/store" --all --format site --charts svg --as-of 2025-06-30 --out "$out/portal"
shot() { chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size="$1" --screenshot="docs/images/$2" "file://$3" 2>/dev/null; }
shot 1366,1900 report-desktop.png "$out/kyjov.html"
shot 390,1700 report-phone.png "$out/kyjov.html"
shot 1366,1400 site-overview.png "$out/site/cs/index.html"
shot 390,1500 site-phone.png "$out/site/cs/index.html"
shot 1366,1500 site-indicator.png "$out/site/cs/i-WASTE_PER_1000.html"
shot 1366,900 portal-territories.png "$out/portal/cs/index.html"
pdftoppm -r 70 -png -f 1 -l 1 -singlefile "$out/kyjov.pdf" docs/images/report-pdf-page
pdftoppm -r 70 -png -f 6 -l 6 -singlefile "$out/kyjov.pdf" docs/images/report-pdf-cards
echo "screenshots written to docs/images"
