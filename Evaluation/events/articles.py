"""Writes the articles of the event gold sentences, so the scorer reads each sentence within its article.

Usage (from the repository root):
  .build/release/marsad analyze --format jsonl ../shared/data/corpus/saudinewsnet > /tmp/snn.jsonl
  python3 Evaluation/events/articles.py /tmp/snn.jsonl > Evaluation/events/articles.jsonl

One line per article: its `id` (as in sentences.jsonl) and its clean `text`. An article whose id the
current cleaner no longer gives is left out; the scorer then reads its sentences with their context.
"""
import json, sys

wanted = {json.loads(line)["id"] for line in open("Evaluation/events/sentences.jsonl", encoding="utf-8")}
found = {}
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if d["id"] in wanted and d["id"] not in found:
        found[d["id"]] = d["text"]
for i in sorted(found):
    print(json.dumps({"id": i, "text": found[i]}, ensure_ascii=False))
