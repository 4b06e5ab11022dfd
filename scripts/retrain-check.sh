#!/usr/bin/env bash
# Retrains the models that train in under a minute (the name tagger, the
# part-of-speech weights, the derived actor list) into a scratch folder
# and fails when one differs from the committed file by a byte: a model on
# file must be the one its documented command writes. The dependency
# parser (about seven minutes) is checked by hand with the same command.
#
# usage: scripts/retrain-check.sh [DATA_DIR]   (default ../shared/data)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
data=${1:-$root/../shared/data}
if [ ! -d "$data/conll2003" ] || [ ! -d "$data/petrarch2" ]; then
  echo "retrain-check: $data not found; skipping"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
go build -o "$tmp/train" ./cmd/newsgraph-train
"$tmp/train" postag -o "$tmp/postag.model" >/dev/null
"$tmp/train" actors -petrarch "$data/petrarch2" -o "$tmp/actors.tsv" >/dev/null
"$tmp/train" names -conll "$data/conll2003" -o "$tmp/conll.model" >/dev/null 2>&1
fail=0
for pair in "postag.model extract/model/postag.model" "actors.tsv extract/lexicon/data/actors.tsv" "conll.model extract/names/model/conll.model"; do
  set -- $pair
  if cmp -s "$tmp/$1" "$2"; then
    echo "retrain-check: $2 reproduced byte for byte"
  else
    echo "retrain-check: $2 differs from what its training command writes; retrain it (README, Development)" >&2
    fail=1
  fi
done
exit $fail
