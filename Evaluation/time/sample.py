"""Draws the articles of the time gold set from SaudiNewsNet, reproducibly.

Usage (from the repository root):
  .build/release/marsad analyze --format jsonl --no-entities ../shared/data/corpus/saudinewsnet > /tmp/snn.jsonl
  python3 Evaluation/time/sample.py /tmp/snn.jsonl > Evaluation/time/articles.jsonl

Articles of 400-2,500 characters are shuffled with a fixed seed and the first 330 kept (270 until the third batch), so every
source and every length in that range can be drawn; no article is chosen for what it contains.
"""
import json, random, sys

docs = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if 400 <= len(d["text"]) <= 2500 and d.get("published"):
        docs.append(d)
docs.sort(key=lambda d: d["id"])
random.Random(20261122).shuffle(docs)
for i, d in enumerate(docs[:330]):
    print(json.dumps({"article": "t%03d" % i, "id": d["id"], "url": d.get("url"), "source": d.get("source"),
                      "published": d["published"], "text": d["text"]}, ensure_ascii=False))
