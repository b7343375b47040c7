#!/usr/bin/env bash
# Marsad's NER figures: scores of the bundled models, the held-out WikiFANE check, the feature ablation,
# training time and tagging speed. Needs ../shared/data (skips without it).
#
#   bash Benchmarks/ner.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
if [ ! -d "$data/ner" ]; then echo "benchmarks: $data/ner not found; they need ../shared/data" >&2; exit 0; fi
swift build -c release >/dev/null
swift build -c release --package-path Benchmarks >/dev/null
marsad=.build/release/marsad
aner=$data/ner/anercorp-camel

echo "== Bundled names model on ANERcorp test (CAMeL split)"
$marsad ner eval $aner/test.txt --join-extra-columns
echo "== Same, with names made consistent within runs of 30 sentences (as analyze does within an article)"
$marsad ner eval $aner/test.txt --join-extra-columns --document-sentences 30 | sed -n 2,6p
echo "== Bundled names model on held-out WikiFANE (last 10% of sentences, never used in training or the gazetteer)"
$marsad ner eval $data/ner/wikifane/WikiFANE_Gold_2014_500K.txt@90-100
echo "== Bundled TITLE/NORP model on Wojood sample val"
$marsad ner eval --mentions $data/ner/wojood-sample/val.txt

echo "== Training from scratch (lexicons + both models), wall time"
tmp=$(mktemp -d)
start=$(date +%s)
$marsad ner clusters --out $tmp/clusters.tsv >/dev/null
$marsad ner gazetteer --out $tmp/gazetteer.tsv >/dev/null
/usr/bin/time -f "names model: %e s, peak RSS %M KB" $marsad ner train --train $aner/train.txt --model $tmp/names.model \
    --clusters $tmp/clusters.tsv --gazetteer $tmp/gazetteer.tsv --epochs 10 --min-feature-count 3 --join-extra-columns
$marsad ner train --train $data/ner/wojood-sample/train.txt --types TITLE,NORP --model $tmp/mentions.model \
    --clusters $tmp/clusters.tsv --gazetteer $tmp/gazetteer.tsv --epochs 10 >/dev/null
echo "everything: $(( $(date +%s) - start )) s"
cmp -s $tmp/names.model Sources/Entities/Resources/ner-names.model && echo "retrained names model is byte-identical to the bundled one"

echo "== Ablation on ANERcorp test: micro-F1 without each feature group"
for group in none clusters gazetteer morphology context shape clusters,gazetteer; do
    without=(); [ "$group" != none ] && without=(--without "$group")
    $marsad ner train --train $aner/train.txt --model $tmp/ablation.model --epochs 10 --min-feature-count 3 \
        --join-extra-columns "${without[@]}" >/dev/null
    printf "without %-20s %s\n" "$group" "$($marsad ner eval --model $tmp/ablation.model $aner/test.txt --join-extra-columns | sed -n 2p)"
done
rm -rf "$tmp"

echo "== Tagging speed on one core (tokens already cleaned, tokenized and split)"
Benchmarks/.build/release/ner-bench $aner/test.txt
Benchmarks/.build/release/ner-bench $data/corpus/saudinewsnet --repeat 1
