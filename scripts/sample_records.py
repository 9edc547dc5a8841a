#!/usr/bin/env python3
"""sample_records.py OUTPUT ARTICLES K SEED [--type T] [--trigger-re RE]

Draws a seeded sample of K records from an `ahdath code` output (random.Random(SEED).sample over
the records, optionally only those of one type or whose trigger matches RE) and prints each with
its type, mode, status, date, parties, place, trigger and rule, the article's title and publication
date, and the evidence sentence with the trigger marked in «[[…]]»: for blind precision audits of
text no gold holds."""
import argparse, json, random, re

ap = argparse.ArgumentParser()
ap.add_argument("output"); ap.add_argument("articles")
ap.add_argument("k", type=int); ap.add_argument("seed", type=int)
ap.add_argument("--type"); ap.add_argument("--trigger-re")
o = ap.parse_args()
arts = {}
for l in open(o.articles):
    a = json.loads(l); arts[a['id']] = a
recs = [json.loads(l) for l in open(o.output)]
if o.type:
    recs = [r for r in recs if r['event_type'] == o.type]
if o.trigger_re:
    rx = re.compile(o.trigger_re)
    recs = [r for r in recs if rx.search(r['trigger'])]
rnd = random.Random(o.seed)
pick = rnd.sample(range(len(recs)), min(o.k, len(recs)))


def ent(e):
    return f"{e.get('text')}[{e.get('country')}/{e.get('sector')}]" if e else '-'


for n, i in enumerate(pick, 1):
    r = recs[i]; a = arts.get(r['article_id'], {})
    ev = r['evidence']; loc = r.get('location') or {}
    field = a.get(ev['field']) or ''
    s = field[ev['start']:ev['trigger_start']] + '«[[' + field[ev['trigger_start']:ev['trigger_end']] \
        + ']]»' + field[ev['trigger_end']:ev['end']]
    print(f"[{n}] {r['article_id']} pub={a.get('published')} {r['event_type']}/{r.get('mode')}/"
          f"{r['status']} {r.get('date')} A={ent(r.get('actor'))} R={ent(r.get('recipient'))} "
          f"L={loc.get('name')} trig={r['trigger']} rule={r['rule']}")
    print(f"    T: {(a.get('title') or '')[:160]}")
    print(f"    S: {s[:400]}")
print(f"{len(recs)} records, {len(pick)} drawn")
