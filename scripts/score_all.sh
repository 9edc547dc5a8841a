#!/bin/bash
# score_all.sh BINARY AUDIT_DIR OUT_DIR — codes the gold, test2 and unseen pool articles with
# BINARY and prints one line per gold set (dev, tune2 = ahdath-dev, test, team = ahdath-gold,
# test2): P, R, F1, system records and the main field accuracies; then the pool's record count.
# AUDIT_DIR is what scripts/make_audit_sets.py wrote. Run from the repository root.
set -e
B=$1; A=$2; OUT=$3; S=../shared/corpus
mkdir -p "$OUT"
$B code $A/gold-articles.jsonl > $OUT/gold.jsonl 2>/dev/null
$B code $A/test2-articles.jsonl > $OUT/test2.jsonl 2>/dev/null
$B code $A/unseen.jsonl > $OUT/unseen.jsonl 2>/dev/null
score() { # name gold records [ids]
  $B eval --gold $2 ${4:+--ids $4} --json $3 > $OUT/eval-$1.json 2>/dev/null
  python3 - "$1" "$OUT/eval-$1.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[2])); o = r["overall"]
acc = {k: (v["accuracy"] or 0) for k, v in r["fields"].items()}
keys = [("mode", "mode"), ("status", "status"), ("date", "date"), ("actor.country", "actC"),
        ("recipient.country", "recC"), ("location.country", "locC"), ("location.admin1", "locA1"),
        ("location.name", "locN")]
print(f"{sys.argv[1]:6} P {o['precision'] or 0:.3f} R {o['recall'] or 0:.3f} F1 {o['f1'] or 0:.3f} sys {o['system']} | "
      + " ".join(f"{n}={acc.get(k, 0):.3f}" for k, n in keys))
PY
}
score dev $S/dev-gold.jsonl $OUT/gold.jsonl data/gold/dev-ids.txt
score tune2 $A/ahdath-dev.jsonl $OUT/gold.jsonl
score test $S/dev-gold.jsonl $OUT/gold.jsonl data/gold/test-ids.txt
score team $A/ahdath-gold.jsonl $OUT/gold.jsonl
score test2 $A/ahdath-test2.jsonl $OUT/test2.jsonl
echo "pool records $(cat $OUT/gold.jsonl $OUT/test2.jsonl $OUT/unseen.jsonl | wc -l)"
