#!/bin/bash
# What a stage of `marsad analyze` costs, counted in instructions, which do not move with the load of
# this shared machine the way wall time does. Runs the stripped release binary under valgrind over the
# first 300 articles of SaudiNewsNet's 2015-07-21.zip, minus a one-line article (start-up and the
# loading of models and knowledge base), with and without the stage:
#   bash Benchmarks/cost.sh            linking (--no-links against --no-events) and coding (--no-events against all)
#   bash Benchmarks/cost.sh FLAGS...   one count with the given analyze flags
# Needs valgrind, python3 and ../shared/data; build first with `swift build -c release`.
set -euo pipefail
cd "$(dirname "$0")/.."
export SWIFT_DETERMINISTIC_HASHING=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import json, sys, zipfile
with zipfile.ZipFile('../shared/data/corpus/saudinewsnet/2015-07-21.zip') as z:
    records = json.loads(z.read('2015-07-21.json'))
json.dump(records[:300], open(sys.argv[1] + '/first300.json', 'w'), ensure_ascii=False)
json.dump([{"title": "خبر", "content": "قال الوزير."}], open(sys.argv[1] + '/one.json', 'w'), ensure_ascii=False)
PY
strip -o "$work/marsad" .build/release/marsad
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$work/marsad" analyze --workers 1 --format jsonl "$@" 2>&1 >/dev/null \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
net() { echo $(( $(count "$work/first300.json" "$@") - $(count "$work/one.json" "$@") )); }
if [ $# -gt 0 ]; then echo "$*: $(net "$@")"; exit; fi
base=$(net --no-links); links=$(net --no-events); all=$(net)
python3 -c "
b, l, a = $base, $links, $all
print(f'without links   {b / 1e9:.3f} G')
print(f'with links      {l / 1e9:.3f} G   linking +{100 * (l - b) / b:.1f}%')
print(f'with events     {a / 1e9:.3f} G   coding  +{100 * (a - l) / l:.1f}%')"
