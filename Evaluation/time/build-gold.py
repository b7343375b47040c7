"""Builds gold.jsonl (development: t000-t129, t170-t229 and t270-t329, annotations/part-*.jsonl) and
heldout.jsonl (test: t130-t169 and t230-t269, annotations/heldout-*.jsonl) from articles.jsonl and
the annotators' files.

Each annotation names its text and which occurrence of it in the article; this script turns it into
Unicode scalar offsets (Python string indices), checks that the text is there, that no two
expressions overlap and that each value has a TIMEX3 form, and writes one line per article:
{article, id, url, source, published, text, times: [{start, end, text, type, value, mod?}]}.

Usage: python3 Evaluation/time/build-gold.py   (from the repository root or this folder)
"""
import glob, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
articles = {}
for line in open(os.path.join(here, "articles.jsonl"), encoding="utf-8"):
    d = json.loads(line)
    d["times"] = []
    articles[d["article"]] = d

VALUE = re.compile(r"^(H?\d{1,4}|\d{4}-(\d{2}(-\d{2})?|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)|H\d{4}-\d{2}|XXXX(-\d{2}(-\d{2})?|-XX-XX|-WXX-\d|-SP|-SU|-FA|-WI)?"
                   r"|(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(\d{2}:\d{2}|MO|MI|AF|EV|NI)|P(\d+|X)(Y|M|W|D|DE|CE)|PT(\d+|X)(H|M)"
                   r"|PRESENT_REF|PAST_REF|FUTURE_REF)$")
problems = []
def held_out(article):
    """Articles t130-t169 and t230-t269 are the held-out test set."""
    n = int(article[1:])
    return 130 <= n < 170 or 230 <= n < 270
for path in sorted(glob.glob(os.path.join(here, "annotations", "*.jsonl"))):
    held = os.path.basename(path).startswith("heldout-")
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        e = json.loads(line)
        where = "%s:%d" % (os.path.basename(path), n)
        art = articles.get(e["article"])
        if art is None:
            problems.append("%s: no article %s" % (where, e["article"])); continue
        if held_out(e["article"]) != held:
            problems.append("%s: article %s is not in this file's split" % (where, e["article"])); continue
        text, start = art["text"], -1
        for _ in range(e.get("occurrence", 1)):
            start = text.find(e["text"], start + 1)
            if start < 0:
                break
        if start < 0:
            problems.append("%s: %r not found %d times" % (where, e["text"], e.get("occurrence", 1))); continue
        if e["type"] not in ("DATE", "TIME", "DURATION", "SET"):
            problems.append("%s: type %s" % (where, e["type"]))
        if not VALUE.match(e["value"]):
            problems.append("%s: value %s" % (where, e["value"]))
        t = {"start": start, "end": start + len(e["text"]), "text": e["text"], "type": e["type"], "value": e["value"]}
        if e.get("mod"):
            t["mod"] = e["mod"]
        art["times"].append(t)

for art in articles.values():
    art["times"].sort(key=lambda t: t["start"])
    for a, b in zip(art["times"], art["times"][1:]):
        if b["start"] < a["end"]:
            problems.append("%s: %r overlaps %r" % (art["article"], a["text"], b["text"]))

for name, held in (("gold.jsonl", False), ("heldout.jsonl", True)):
    part = [a for a in articles.values() if held_out(a["article"]) == held]
    with open(os.path.join(here, name), "w", encoding="utf-8") as out:
        for art in part:
            out.write(json.dumps(art, ensure_ascii=False) + "\n")
    total = sum(len(a["times"]) for a in part)
    with_times = sum(1 for a in part if a["times"])
    print("%s: %d expressions in %d articles (%d with at least one)" % (name, total, len(part), with_times))
for p in problems:
    print("problem:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
