#!/usr/bin/env python3
"""make_audit_sets.py OUTDIR — writes the inputs that rule rounds audit and score on.

OUTDIR/gold-articles.jsonl  the 111 dev-pool articles of dev-gold, ahdath-gold and ahdath-dev
OUTDIR/test2-articles.jsonl the 20 dev-pool articles of ahdath-test2
OUTDIR/unseen.jsonl         the other 471 dev-pool articles (no gold holds them: audit here)
OUTDIR/b8k.jsonl            the first 8,000 bench60k articles
OUTDIR/b6k-dated.jsonl      the first 6,000 bench60k articles after line 8,000 with a `published`
and materialises the three team golds as OUTDIR/ahdath-{gold,dev,test2}.jsonl (gold_materialize.py).
Run from the repository root with ../shared beside it. Article text stays outside the repo."""
import gzip, json, os, subprocess, sys

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ahdath-audit"
os.makedirs(out, exist_ok=True)
shared = "../shared/corpus"
for name, gold in [("ahdath-gold", None), ("ahdath-dev", "data/gold/ahdath-dev.jsonl"), ("ahdath-test2", "data/gold/ahdath-test2.jsonl")]:
    cmd = ["python3", "scripts/gold_materialize.py", f"{out}/{name}.jsonl"] + (["--gold", gold] if gold else [])
    subprocess.run(cmd, check=True)
ids = set()
for f in [f"{shared}/dev-gold.jsonl", f"{out}/ahdath-gold.jsonl", f"{out}/ahdath-dev.jsonl"]:
    ids |= {json.loads(line)["id"] for line in open(f)}
test2 = {json.loads(line)["id"] for line in open(f"{out}/ahdath-test2.jsonl")}
files = {k: open(f"{out}/{k}.jsonl", "w") for k in ["gold-articles", "test2-articles", "unseen"]}
for line in open(f"{shared}/dev-pool.jsonl"):
    i = json.loads(line)["id"]
    files["gold-articles" if i in ids else "test2-articles" if i in test2 else "unseen"].write(line)
b8k, b6k, dated = open(f"{out}/b8k.jsonl", "w"), open(f"{out}/b6k-dated.jsonl", "w"), 0
for n, line in enumerate(gzip.open(f"{shared}/bench60k.jsonl.gz", "rt")):
    if n < 8000:
        b8k.write(line)
    elif dated < 6000 and json.loads(line).get("published"):
        b6k.write(line)
        dated += 1
    elif dated >= 6000:
        break
for f in [*files.values(), b8k, b6k]:
    f.close()
print(f"audit sets written to {out}")
