"""Draws the sentences of the event gold set from SaudiNewsNet, reproducibly.

Usage (from the repository root):
  .build/release/marsad analyze --format jsonl ../shared/data/corpus/saudinewsnet > /tmp/snn.jsonl
  python3 Evaluation/events/sample.py /tmp/snn.jsonl > Evaluation/events/sentences.jsonl

Politics and diplomacy: articles of 500-3,000 characters with a ministerial or state title (وزير،
رئيس، الملك، ولي العهد) and at least one event verb or noun (met, visited, accused, condemned,
rejected, denied, threatened, called on, signed, sanctions, shelled, arrested...). Articles are
shuffled with a fixed seed and the first 90 kept; from each, up to three sentences with an event
word and one without (for the no-event class) are taken in text order.
"""
import json, random, re, sys

TITLE = re.compile("وزير|رئيس|الملك|ولي العهد|الأمين العام")
EVENT = re.compile("التقى|استقبل|اجتمع|بحث|مباحثات|محادثات|زار|زيارة|وقع|اتفاق|اتهم|اتهامات|ندد|أدان|رفض|نفى|هدد|"
                   "دعا|طالب|عقوبات|قصف|اعتقل|تظاهر|أشاد|رحب|انتقد|حذر|هاجم|اشتباكات|غارات")
docs = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["text"]
    if 500 <= len(t) <= 3000 and d.get("published") and TITLE.search(t) and len(EVENT.findall(t)) >= 2:
        docs.append(d)
docs.sort(key=lambda d: d["id"])
rng = random.Random(20261124)
rng.shuffle(docs)
n = 0
for i, d in enumerate(docs[:90]):
    t = d["text"]
    sents = [(s["start"], s["end"]) for s in d["sentences"] if 40 <= s["end"] - s["start"] <= 600]
    with_event = [s for s in sents if EVENT.search(t[s[0]:s[1]])]
    without = [s for s in sents if not EVENT.search(t[s[0]:s[1]])]
    chosen = with_event[:3] + ([rng.choice(without)] if without else [])
    for s in sorted(chosen):
        print(json.dumps({"sentence": "s%03d" % n, "article": "e%02d" % i, "id": d["id"], "published": d["published"],
                          "start": s[0], "end": s[1], "text": t[s[0]:s[1]], "context": t[max(0, s[0] - 400):s[0]]},
                         ensure_ascii=False))
        n += 1
