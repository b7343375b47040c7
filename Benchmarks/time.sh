#!/usr/bin/env bash
# Marsad's time figures: the gold sets (development and held-out) scored for Marsad and for dateparser
# in the same run, the speed ratio, detection against Wojood's DATE/TIME spans, and the cost of times
# in `marsad analyze` over SaudiNewsNet. The gold sets ship in Evaluation/time; Wojood and SaudiNewsNet
# need ../shared/data (those parts are skipped without it).
#
#   pip install -r Benchmarks/requirements.txt   # dateparser
#   bash Benchmarks/time.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
swift build -c release >/dev/null
marsad=.build/release/marsad
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for set in gold heldout; do
    gold=Evaluation/time/$set.jsonl
    echo "== $set set ($gold)"
    $marsad time eval $gold --passes 20 | tee $tmp/marsad-$set.txt
    python3 Benchmarks/dateparser_baseline.py $gold > $tmp/dateparser-$set.jsonl 2> $tmp/dateparser-$set.txt
    $marsad time eval $gold --predictions $tmp/dateparser-$set.jsonl --lenient | sed "s|$tmp/dateparser-$set.jsonl|dateparser|"
    cat $tmp/dateparser-$set.txt
    python3 - "$tmp/marsad-$set.txt" "$tmp/dateparser-$set.txt" <<'PY'
import re, sys
marsad = float(re.search(r"([\d.]+) articles/s", open(sys.argv[1]).read()).group(1))
dateparser = float(re.search(r"([\d.]+) articles/s", open(sys.argv[2]).read()).group(1))
print("speed: Marsad %.0f articles/s, dateparser %.1f articles/s: Marsad %.0fx faster" % (marsad, dateparser, marsad / dateparser))
PY
done

if [ -d "$data/ner/wojood-sample" ]; then
    echo "== Wojood sample DATE/TIME spans (detection only: no publication dates, no values)"
    $marsad time conll $data/ner/wojood-sample/val.txt
    $marsad time conll $data/ner/wojood-sample/train.txt $data/ner/wojood-sample/val.txt
fi

if [ -d "$data/corpus/saudinewsnet" ]; then
    echo "== analyze over SaudiNewsNet (31,030 articles), without entities"
    # Articles without text (captions, videos) are reported on stderr and make the exit status 1.
    /usr/bin/time -f "analyze --no-entities (times on): %e s wall, 2 workers" \
        $marsad analyze --format jsonl --no-entities $data/corpus/saudinewsnet > $tmp/snn.jsonl 2> $tmp/snn.err || true
    tail -2 $tmp/snn.err
    python3 -c "
import json, collections, sys
docs = [json.loads(l) for l in open('$tmp/snn.jsonl')]
times = [t for d in docs for t in d['times']]
print('%d documents, %d time expressions (%.1f per article); types: %s' % (len(docs), len(times), len(times) / len(docs),
      dict(collections.Counter(t['type'] for t in times))))
print('publishedSource:', dict(collections.Counter(d['publishedSource'] for d in docs)))
"
fi
