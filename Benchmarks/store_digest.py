"""Prints a digest of everything a Marsad database holds about its articles (not run numbers or
times of day), so that two databases can be compared: the same digest means the same articles, the
same analyses and the same sightings.
Usage: python3 Benchmarks/store_digest.py marsad.sqlite
"""
import hashlib, sqlite3, sys

db = sqlite3.connect(sys.argv[1])
h = hashlib.sha256()
count = 0
for row in db.execute("""SELECT rowid, id, title, byline, published, published_source, source, url, encoding, text, raw,
                                paragraphs, sentences, removed, warnings FROM articles ORDER BY id"""):
    rowid = row[0]
    h.update(repr(row[1:]).encode())
    h.update(repr(db.execute("SELECT start, \"end\", text, type FROM entities WHERE article = ? ORDER BY rowid", (rowid,)).fetchall()).encode())
    h.update(repr(db.execute("SELECT start, \"end\", text, type, value, mod, anchor, hijri FROM times WHERE article = ? ORDER BY rowid", (rowid,)).fetchall()).encode())
    h.update(repr(sorted(db.execute("SELECT url, source, input FROM sightings WHERE article = ?", (rowid,)).fetchall())).encode())
    count += 1
print(count, "articles", h.hexdigest())
