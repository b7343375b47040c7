#!/usr/bin/env python3
"""Draws random events from an analysis (`marsad analyze --format jsonl`) to read by eye: each with its
type, CAMEO code, sides, polarity and modality, and its sentence with the trigger in 【】.

    python3 Benchmarks/event-sample.py ANALYSIS.jsonl N SEED [--fraction F]

Without --fraction, N events are drawn from all of the analysis's events (random.sample). With it,
each article is kept with probability F, and the first N events of the kept articles' shuffled events
are shown (how the latest session drew from the whole corpus: --fraction 0.02).
"""
import json
import random
import sys


def main():
    args = sys.argv[1:]
    fraction = None
    if '--fraction' in args:
        i = args.index('--fraction')
        fraction = float(args[i + 1])
        del args[i:i + 2]
    if len(args) != 3:
        sys.exit(__doc__)
    path, n, seed = args[0], int(args[1]), int(args[2])
    random.seed(seed)
    events = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if fraction is not None and random.random() >= fraction:
                continue
            doc = json.loads(line)
            events += [(doc, e) for e in doc.get('events') or []]
    if fraction is None:
        chosen = random.sample(events, min(n, len(events)))
    else:
        random.shuffle(events)
        chosen = events[:n]
    print(f'{len(events)} events to draw from')
    for k, (doc, e) in enumerate(chosen):
        text, trigger = doc['text'], e['trigger']
        sentence = next((s for s in doc['sentences'] if s['start'] <= trigger['start'] < s['end']), None)
        start, end = (sentence['start'], sentence['end']) if sentence else (trigger['start'] - 150, trigger['end'] + 150)
        start, end = max(start, trigger['start'] - 190, 0), min(end, trigger['end'] + 190)
        shown = text[start:trigger['start']] + '【' + text[trigger['start']:trigger['end']] + '】' + text[trigger['end']:end]
        print(f"--- {k} {e['plover']['event']} {e['cameo']} {e['source']} -> {e['target']} {e['polarity']} {e['modality']}")
        print(shown.replace('\n', ' '))


if __name__ == '__main__':
    main()
