"""Writes 1,000 realistic search queries for a Marsad database, as TSV (text, from, to, source).

Names people search for: the most frequent person, place and organization mentions, mentions drawn
at random, pairs of them, and a quarter of the queries restricted to a source or a week.
Usage: python3 Benchmarks/store_queries.py marsad.sqlite > queries.tsv
"""
import random, sqlite3, sys

db = sqlite3.connect(sys.argv[1])
rng = random.Random(7)
top = [r[0] for r in db.execute(
    "SELECT text FROM entities WHERE type IN ('PERSON','LOC','ORG') GROUP BY text ORDER BY count(*) DESC LIMIT 300")]
rare = [r[0] for r in db.execute(
    "SELECT text FROM entities WHERE type IN ('PERSON','LOC','ORG','MISC') GROUP BY text HAVING count(*) BETWEEN 2 AND 20")]
sources = [r[0] for r in db.execute("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL")]
days = [r[0] for r in db.execute("SELECT DISTINCT published FROM articles WHERE published IS NOT NULL ORDER BY 1")]
queries = []
for i in range(1000):
    kind = i % 4
    if kind == 0:
        text = rng.choice(top)
    elif kind == 1:
        text = rng.choice(rare)
    elif kind == 2:
        text = rng.choice(top) + " " + rng.choice(top)
    else:
        text = rng.choice(top)
    source, start, end = "", "", ""
    if i % 8 == 3:
        source = rng.choice(sources)
    elif i % 8 == 7:
        k = rng.randrange(len(days) - 7)
        start, end = days[k], days[k + 7]
    queries.append("\t".join([text.replace("\t", " ").replace("\n", " "), start, end, source]))
print("\n".join(queries))
