#!/usr/bin/env bash
# Marsad's corpus-store figures: ingest of all SaudiNewsNet into SQLite (time, size), re-ingest, 1,000
# searches (latency percentiles), and the kill test: 20 SIGKILLs 1.5-4 s into an ingest (mid-batch), each
# followed by a resumed run, then a digest compared with an uninterrupted ingest. Needs ../shared/data.
#
#   bash Benchmarks/store.sh            # everything (about 15 minutes)
#   bash Benchmarks/store.sh --no-kill  # without the kill test
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/data/corpus/saudinewsnet
if [ ! -d "$corpus" ]; then echo "benchmarks: $corpus not found; they need ../shared/data" >&2; exit 0; fi
swift build -c release >/dev/null
swift build -c release --package-path Benchmarks >/dev/null
marsad=$PWD/.build/release/marsad
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== ingest of all SaudiNewsNet into a new SQLite database"
/usr/bin/time -f "wall %e s, CPU %U s, peak RSS %M KB" $marsad ingest --db $tmp/snn.sqlite $corpus 2>&1 | grep -v "failed inputs"
$marsad stats --db $tmp/snn.sqlite | grep -E "^articles|^sightings|^entities|^times|file size"
echo "== the same corpus again"
/usr/bin/time -f "wall %e s" $marsad ingest --db $tmp/snn.sqlite $corpus 2>&1 | grep -v "failed inputs"
echo "== 1,000 searches (names, pairs of names, a source or a week), two passes"
python3 Benchmarks/store_queries.py $tmp/snn.sqlite > $tmp/queries.tsv
Benchmarks/.build/release/store-bench $tmp/snn.sqlite $tmp/queries.tsv

[ "${1:-}" = "--no-kill" ] && exit 0
echo "== kill test: 20 SIGKILLs at random moments, each followed by a resumed run"
python3 Benchmarks/store_digest.py $tmp/snn.sqlite | tee $tmp/expected.txt
for k in $(seq 20); do
    $marsad ingest --db $tmp/killed.sqlite $corpus 2>/dev/null &
    pid=$!
    sleep "$(python3 -c "import random; print(round(random.uniform(1.5, 4), 2))")"
    kill -9 $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    echo "kill $k: $($marsad stats --db $tmp/killed.sqlite --format csv | grep '^articles,')"
done
$marsad ingest --db $tmp/killed.sqlite $corpus 2>&1 | grep -v "failed inputs"
python3 Benchmarks/store_digest.py $tmp/killed.sqlite | tee $tmp/got.txt
cmp -s $tmp/expected.txt $tmp/got.txt && echo "kill test: the database equals the uninterrupted one" || { echo "kill test: DIFFERENT"; exit 1; }
