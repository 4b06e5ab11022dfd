#!/usr/bin/env bash
# Scores newsgraph on the development set (../shared/eval-dev by default) and
# fails when a score (micro F1, the share of matched dated events with the
# right date, PLOVER dyad and class recall and dyad precision, UPOS, UAS and
# LAS on the EWT treebank's dev split) falls below its floor in
# scripts/eval-floors.json.
#
# usage: scripts/eval-dev.sh [EVAL_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dev=${1:-$root/../shared/eval-dev}
if [ ! -f "$dev/score.py" ]; then
  echo "eval-dev: $dev not found; skipping the development-set scores"
  exit 0
fi
py=python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/newsgraph" ./cmd/newsgraph)
mkdir -p "$tmp/out"
for f in "$dev"/articles/*.txt; do
  name=$(basename "$f" .txt)
  "$tmp/newsgraph" extract --format json "$f" >"$tmp/out/$name.json"
done
"$py" "$dev/score.py" "$dev/gold" "$tmp/out"
"$py" "$dev/score.py" "$dev/gold" "$tmp/out" --json >"$tmp/scores.json"
# PLOVER and CoNLL run newsgraph on their own sentences: once each, as JSON,
# which the check below prints and compares with the floors.
if [ -f "$dev/plover.py" ] && [ -f "$dev/plover/plover-dev.json" ]; then
  "$py" "$dev/plover.py" "$dev/plover/plover-dev.json" --json -- "$tmp/newsgraph" extract --format json >"$tmp/plover.json"
else
  echo '{}' >"$tmp/plover.json"
fi
conll=$dev/../data/conll2003/eng.testa
if [ -f "$dev/conll.py" ] && [ -f "$conll" ]; then
  "$py" "$dev/conll.py" "$conll" --json -- "$tmp/newsgraph" extract --format mentions >"$tmp/conll.json"
else
  echo '{}' >"$tmp/conll.json"
fi
ewt=$dev/../data/ud-english-ewt/en_ewt-ud-dev.conllu
if [ -f "$dev/ud.py" ] && [ -f "$ewt" ]; then
  "$py" "$dev/ud.py" "$ewt" --json -- "$tmp/newsgraph" parse --input conllu --format conllu >"$tmp/ud.json"
else
  echo '{}' >"$tmp/ud.json"
fi
"$py" - "$tmp/scores.json" "$here/eval-floors.json" "$tmp/conll.json" "$tmp/plover.json" "$tmp/ud.json" <<'PY'
import json, sys
scores = json.load(open(sys.argv[1]))["overall"]
floors = json.load(open(sys.argv[2]))
conll = json.load(open(sys.argv[3]))
plover = json.load(open(sys.argv[4]))
ud = json.load(open(sys.argv[5]))
if ud:
    print(f"EWT dev {ud['words']} words: UPOS {ud['upos']:.3f} XPOS {ud['xpos']:.3f} "
          f"UAS {ud['uas']:.3f} LAS {ud['las']:.3f} (universal {ud['las_universal']:.3f}); "
          f"misaligned sentences {ud['misaligned_sentences']}")
if plover:
    print(f"PLOVER records={plover['records']} dyad_recall={plover['dyad_recall']:.3f} "
          f"class_recall={plover['class_recall']:.3f} dyad_precision={plover['dyad_precision']:.3f} "
          f"(system pairs {plover['system_pairs']})")
if "ALL" in conll:
    a = conll["ALL"]
    print(f"CoNLL PER/LOC/ORG F1 {a['f1']:.3f} (P {a['p']:.3f} R {a['r']:.3f}); "
          + " ".join(f"{t} {conll[t]['f1']:.3f}" for t in ("PER", "LOC", "ORG"))
          + f"; unaligned {conll['unaligned_mentions']}")
if "ALL" in conll:
    scores["conll"] = conll["ALL"]
else:
    floors.pop("conll", None)
dates = scores.get("event_dates") or {}
if dates.get("gold_dated_matched"):
    scores["event_dates"] = {"f1": dates["correct"] / dates["gold_dated_matched"]}
else:
    floors.pop("event_dates", None)
for key in ("dyad_recall", "dyad_precision", "class_recall"):
    if key in plover:
        scores["plover_" + key] = {"f1": plover[key]}
    else:
        floors.pop("plover_" + key, None)
for key in ("upos", "uas", "las"):
    if key in ud:
        scores["ud_" + key] = {"f1": ud[key]}
    else:
        floors.pop("ud_" + key, None)
failed = False
for key, floor in sorted(floors.items()):
    got = scores[key]["f1"]
    status = "ok" if got >= floor else "BELOW FLOOR"
    print(f"floor {key:22} {got:.3f} >= {floor:.3f} {status}")
    failed |= got < floor
sys.exit(1 if failed else 0)
PY
