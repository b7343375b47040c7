"""Draws the articles of the actor-resolution gold set from SaudiNewsNet, reproducibly.

Usage (from the repository root):
  .build/release/marsad analyze --format jsonl ../shared/data/corpus/saudinewsnet > /tmp/snn.jsonl
  python3 Evaluation/actors/sample.py /tmp/snn.jsonl > Evaluation/actors/articles.jsonl

The set is about diplomacy, as the issue asks: articles of 600-3,000 characters that name a
minister, president or counterpart (وزير، رئيس، نظير) and a meeting or a talk (التقى، استقبل،
بحث، اجتماع، مباحثات، زيارة). They are shuffled with a fixed seed and the first 60 kept; each
comes with the entity mentions Marsad's NER found, as the list the annotators start from.
"""
import json, random, re, sys

ROLE = re.compile("وزير|رئيس|نظير")
TALK = re.compile("التقى|استقبل|بحث|اجتماع|مباحثات|محادثات|زيارة")
docs = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["text"]
    if 600 <= len(t) <= 3000 and d.get("published") and ROLE.search(t) and TALK.search(t):
        docs.append(d)
docs.sort(key=lambda d: d["id"])
random.Random(20261123).shuffle(docs)
for i, d in enumerate(docs[:60]):
    mentions = [{"start": e["start"], "end": e["end"], "text": e["text"], "type": e["type"]}
                for e in d.get("entities", [])]
    print(json.dumps({"article": "a%02d" % i, "id": d["id"], "url": d.get("url"), "source": d.get("source"),
                      "published": d["published"], "text": d["text"], "mentions": mentions},
                     ensure_ascii=False))
