#!/usr/bin/env bash
# PostgreSQL next to SQLite, in the same run: ingest of all SaudiNewsNet into a new database of each
# (time, size), re-ingest into PostgreSQL, and three concurrent ingest processes into one new PostgreSQL
# database. A throwaway cluster (Scripts/postgres.sh) with fsync on, like SQLite's. Needs ../shared/data.
#
#   bash Benchmarks/postgres.sh
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/data/corpus/saudinewsnet
if [ ! -d "$corpus" ]; then echo "benchmarks: $corpus not found; they need ../shared/data" >&2; exit 0; fi
swift build -c release --product marsad >/dev/null
marsad=$PWD/.build/release/marsad
tmp=$(mktemp -d)
source Scripts/postgres.sh
MARSAD_PG_FSYNC=on pg_cluster_start
trap 'pg_cluster_stop; rm -rf "$tmp"' EXIT
base=${MARSAD_TEST_POSTGRES%/*}
timed() { /usr/bin/time -f "wall %e s, CPU %U s, peak RSS %M KB" "$@" 2>&1 | grep -v "failed inputs"; }

echo "== ingest of all SaudiNewsNet into a new SQLite database"
timed $marsad ingest --db $tmp/snn.sqlite $corpus
$marsad stats --db $tmp/snn.sqlite | grep -E "^articles|file size"
echo "== the same into a new PostgreSQL database"
timed $marsad ingest --postgres $base/snn $corpus
$marsad stats --postgres $base/snn | grep -E "^articles|database size"
echo "== the same corpus again, PostgreSQL"
timed $marsad ingest --postgres $base/snn $corpus
echo "== three ingest processes at once into a new PostgreSQL database"
start=$(date +%s.%N)
for k in 1 2 3; do $marsad ingest --postgres $base/shared $corpus 2> $tmp/shared.$k.log & done
wait
python3 -c "import time; print(f'wall {time.time() - $start:.1f} s')"
for k in 1 2 3; do grep "ingest into" $tmp/shared.$k.log; done
$marsad stats --postgres $base/shared | grep -E "^articles|^sightings"
