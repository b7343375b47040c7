"""Speed baseline: pyarabic diacritic stripping + tokenization.

Measures single-process throughput of

    pyarabic.araby.tokenize(pyarabic.araby.strip_tashkeel(text))

over every article body (`content` field) of the SaudiNewsNet corpus: a
directory of zip files, each holding one JSON array of article objects.
Reports UTF-8 megabytes processed, best-of-N wall time, MB/s, words
produced and peak RSS of the process (which includes the loaded corpus).

Run from the repository root:

    pip install -r Benchmarks/requirements.txt
    python3 Benchmarks/pyarabic_baseline.py --json
    python3 Benchmarks/pyarabic_baseline.py --repeat 5 --dump /tmp/bodies.txt

`--dump FILE` writes the exact benchmarked text (bodies joined by "\\n\\n",
UTF-8) so that a Swift benchmark can process identical input.
"""

import argparse
import json
import resource
import sys
import time
import zipfile
from importlib.metadata import version
from pathlib import Path

from pyarabic import araby

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = (REPO_ROOT / "../shared/data/corpus/saudinewsnet").resolve()


def load_bodies(corpus: Path) -> list[str]:
    """Return the non-empty `content` strings of every JSON file in every zip."""
    bodies = []
    for zpath in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(n for n in zf.namelist() if n.endswith(".json")):
                for article in json.loads(zf.read(name)):
                    content = article.get("content")
                    if content:
                        bodies.append(content)
    return bodies


def run(bodies: list[str]) -> int:
    words = 0
    for text in bodies:
        words += len(araby.tokenize(araby.strip_tashkeel(text)))
    return words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="directory of SaudiNewsNet zip files (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; best is kept")
    ap.add_argument("--dump", type=Path, metavar="FILE",
                    help="also write all bodies joined by blank lines to FILE")
    ap.add_argument("--json", action="store_true", help="print one JSON line")
    args = ap.parse_args()

    if not args.corpus.is_dir():
        print(f"error: corpus directory not found: {args.corpus}", file=sys.stderr)
        return 2

    bodies = load_bodies(args.corpus)
    if not bodies:
        print(f"error: no article bodies found in {args.corpus}", file=sys.stderr)
        return 2
    mb = sum(len(b.encode("utf-8")) for b in bodies) / 1e6

    best, words = float("inf"), 0
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        words = run(bodies)
        best = min(best, time.perf_counter() - start)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux

    if args.dump:
        args.dump.write_text("\n\n".join(bodies), encoding="utf-8")

    result = {
        "tool": "pyarabic",
        "version": version("pyarabic"),
        "mb": round(mb, 3),
        "seconds": round(best, 3),
        "mb_per_s": round(mb / best, 3),
        "words": words,
        "peak_rss_mb": round(peak_rss_mb, 1),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"pyarabic {result['version']}: {result['mb']} MB in {result['seconds']} s "
              f"= {result['mb_per_s']} MB/s, {words} words, "
              f"peak RSS {result['peak_rss_mb']} MB ({len(bodies)} bodies, best of {args.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
