#!/usr/bin/env bash
# Marsad's benchmarks, with the peer measured in the same run. Needs ../shared/data (skips without it).
#
#   bash Benchmarks/run.sh            # text layer vs pyarabic, analyze over SaudiNewsNet, a 200 MB input
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/data/corpus/saudinewsnet
if [ ! -d "$corpus" ]; then echo "benchmarks: $corpus not found; they need ../shared/data" >&2; exit 0; fi

swift build -c release >/dev/null
swift build -c release --package-path Benchmarks >/dev/null
python3 -c "import pyarabic" 2>/dev/null || pip install -q -r Benchmarks/requirements.txt

echo "== Text layer on one core (decode + clean + tokenize + split + normalize + segment), same bodies as pyarabic"
marsad=$(Benchmarks/.build/release/marsad-bench "$corpus" --repeat 3 --json)
peer=$(python3 Benchmarks/pyarabic_baseline.py --corpus "$corpus" --repeat 3 --json)
echo "$marsad"
echo "$peer"
python3 - "$marsad" "$peer" <<'PY'
import json, sys
m, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"ratio: marsad {m['mb_per_s']} MB/s / pyarabic {p['mb_per_s']} MB/s = {m['mb_per_s'] / p['mb_per_s']:.1f}x")
PY
Benchmarks/.build/release/marsad-bench "$corpus" --stages

echo "== marsad analyze over all SaudiNewsNet articles (all cores, default output)"
/usr/bin/time -f "wall %e s, user %U s, peak RSS %M KB" ./.build/release/marsad analyze --format jsonl "$corpus" 2>/tmp/marsad-analyze.err >/dev/null || true
tail -2 /tmp/marsad-analyze.err

echo "== A 200 MB plain-text article"
big=$(mktemp /tmp/marsad-big-XXXX.txt)
python3 - "$big" <<'PY'
import sys
para = "التقى وزير الخارجية الروسي نظيره الإيراني في موسكو، وبحثا العلاقات الثنائية والملفات الإقليمية. " * 20
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("عنوان طويل\n\n")
    while f.tell() < 200_000_000:
        f.write(para + "\n")
PY
/usr/bin/time -f "wall %e s, peak RSS %M KB" ./.build/release/marsad analyze --format jsonl "$big" 2>&1 >/dev/null | tail -1
rm -f "$big"

echo "== One article of 40,000 sentences naming 200,000 people, bodies and places (the resolver's passes at scale)"
many=$(mktemp /tmp/marsad-many-XXXX.txt)
python3 - "$many" <<'PY'
import sys
para = "وقال خامنئي إن مجلس التعاون لدول الخليج العربية وبان كي مون في القدس. " * 20
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("عنوان\n\n" + "\n".join([para] * 2000))
PY
/usr/bin/time -f "wall %e s, peak RSS %M KB" ./.build/release/marsad analyze --format jsonl "$many" 2>&1 >/dev/null | tail -1
rm -f "$many"
