"""dateparser (BSD) on Marsad's time gold set: the issue's comparison peer.

For each article, search_dates(text, languages=['ar']) with the article's publication date as
RELATIVE_BASE; every (substring, datetime) found becomes a DATE (or a TIME when the datetime has a
time of day) at the substring's first occurrence after the previous one. Writes predictions as JSON
Lines for `marsad time eval --predictions FILE --lenient`, and prints the time search_dates took.

Usage: python3 Benchmarks/dateparser_baseline.py Evaluation/time/gold.jsonl > /tmp/dateparser.jsonl
"""
import json, sys, time, warnings
from datetime import datetime

warnings.filterwarnings("ignore")
from dateparser.search import search_dates
import dateparser

articles = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
search_dates("أمس", languages=["ar"])  # load dateparser's language data outside the timing
seconds = 0.0
for a in articles:
    settings = {"RELATIVE_BASE": datetime.fromisoformat(a["published"])} if a.get("published") else {}
    started = time.perf_counter()
    found = search_dates(a["text"], languages=["ar"], settings=settings) or []
    seconds += time.perf_counter() - started
    times, cursor = [], 0
    for text, when in found:
        start = a["text"].find(text, cursor)
        if start < 0:
            continue
        cursor = start + len(text)
        has_time = (when.hour, when.minute) != (0, 0)
        value = when.strftime("%Y-%m-%dT%H:%M") if has_time else when.strftime("%Y-%m-%d")
        times.append({"start": start, "end": start + len(text), "type": "TIME" if has_time else "DATE", "value": value})
    print(json.dumps({"article": a["article"], "times": times}, ensure_ascii=False))
characters = sum(len(a["text"]) for a in articles)
print("dateparser %s: %d articles, %d characters in %.2f s: %.1f articles/s"
      % (dateparser.__version__, len(articles), characters, seconds, len(articles) / seconds), file=sys.stderr)
