#!/usr/bin/env python3
"""List the gold same-event pairs the dedup does not join, classed by their first blocking cause.

Reads the output of `DEDUP_DEBUG=1 cargo run --release -p ahdath-store --example dedup_dev --
GOLD CORPUS DB` (members with their records, then `MISS` pairs with the veto or score of each
pair of their records) and prints every missed pair of a positive cluster with a class:
`coder` (a member has no record), a veto name (`date`, `place`, `actors`, `type`, ...),
`floor` (score 0: a word floor), `below` (a score under the threshold). With --sample K --seed N,
prints a seeded sample of K missed pairs with both members' record lines.

Usage: python3 scripts/dedup_misses.py DEBUG.txt [--sample 40 --seed 26]
"""
import argparse
import collections
import random
import re

ap = argparse.ArgumentParser()
ap.add_argument("debug")
ap.add_argument("--sample", type=int, default=0)
ap.add_argument("--seed", type=int, default=0)
args = ap.parse_args()

members = collections.defaultdict(dict)  # cluster -> m -> [lines]
kind = {}
miss = {}  # (cluster, mi, mj) -> [judgement lines]
cur = None
cl = None
for line in open(args.debug, encoding="utf-8"):
    line = line.rstrip("\n")
    m = re.match(r"== (\S+) Some\(\"(\w+)\"\)", line)
    if m:
        cl = m.group(1)
        kind[cl] = m.group(2)
        continue
    m = re.match(r"  (m\d+) (\S+) (.*)", line)
    if m and cl and cur is None:
        members[cl].setdefault(m.group(1), []).append(m.group(3))
        continue
    m = re.match(r"MISS (\S+) (m\d+) - \S+ (m\d+)", line)
    if m:
        cur = (m.group(1), m.group(2), m.group(3))
        miss[cur] = []
        continue
    if line.startswith("    ") and cur:
        miss[cur].append(line.strip())


def cause(judgements):
    best = None
    for j in judgements:
        m = re.search(r"(Err\(\"([\w ]+)\"\)|Ok\(([\d.]+)\))", j)
        if not m:
            continue
        if m.group(2):
            c = m.group(2)
        else:
            c = "floor" if float(m.group(3)) == 0.0 else "below"
        rank = {"below": 0, "floor": 1}.get(c, 2)
        if best is None or rank < best[0]:
            best = (rank, c)
    return best[1] if best else "blocking"


rows = []
for c, ms in members.items():
    if kind.get(c) != "positive":
        continue
    keys = sorted(ms, key=lambda x: int(x[1:]))
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            a, b = keys[i], keys[j]
            unc = any("UNCOVERED" in x for x in ms[a] + ms[b])
            if (c, a, b) in miss:
                rows.append((c, a, b, cause(miss[(c, a, b)]), miss[(c, a, b)]))
            elif unc:
                rows.append((c, a, b, "coder", []))
counts = collections.Counter(r[3] for r in rows)
print("missed pairs", len(rows), dict(counts.most_common()))
for r in rows:
    print(r[0], r[1], r[2], r[3])
if args.sample:
    rnd = random.Random(args.seed)
    for r in rnd.sample(rows, min(args.sample, len(rows))):
        print("\n####", r[0], r[1], r[2], r[3])
        for m in (r[1], r[2]):
            for x in members[r[0]][m]:
                print("  ", m, x)
        for j in r[4]:
            print("     ", j)
