#!/usr/bin/env python3
"""recdiff.py BASE NEW [ARTICLES] [--sample K --seed N]

Compares two `ahdath code` outputs article by article, to judge a rule change by hand: prints the
record counts, then for each changed article (or a seeded sample of K of them) the removed (-) and
added (+) records, one line each with type/mode/status, date, parties, place, toll, trigger and
rule, and the evidence sentence below. With ARTICLES (the input JSON Lines) the title is shown."""
import argparse, json, random

ap = argparse.ArgumentParser()
ap.add_argument("base"); ap.add_argument("new"); ap.add_argument("articles", nargs="?")
ap.add_argument("--sample", type=int, default=0); ap.add_argument("--seed", type=int, default=0)
opt = ap.parse_args()
sample, seed = opt.sample, opt.seed


def load(p):
    d={}
    for l in open(p):
        r=json.loads(l); d.setdefault(r['article_id'],[]).append(r)
    return d
def ent(e):
    if not e: return '-'
    return f"{e.get('text') or e.get('name')}[{e.get('country')}/{e.get('sector')}]"
def key(r):
    loc=r.get('location') or {}
    return f"{r['event_type']}/{r.get('mode')}/{r['status']} {r['date']}({r.get('date_basis')}) A={ent(r.get('actor'))} R={ent(r.get('recipient'))} L={loc.get('name')}/{loc.get('admin1')}/{loc.get('country')} f={r.get('fatalities')} trig={r.get('trigger')} rule={r.get('rule')}"
def sent(r):
    ev=r.get('evidence') or {}
    s=ev.get('sentence') or r.get('sentence') or ''
    return s[:220]
b = load(opt.base); n = load(opt.new)
titles={}
if opt.articles:
    for l in open(opt.articles):
        a=json.loads(l); titles[a['id']]=(a.get('title') or '')[:120]
changed=[]
for aid in sorted(set(b)|set(n)):
    kb=[key(r) for r in b.get(aid,[])]; kn=[key(r) for r in n.get(aid,[])]
    if sorted(kb)!=sorted(kn): changed.append(aid)
nb=sum(len(v) for v in b.values()); nn=sum(len(v) for v in n.values())
print(f"records {nb} -> {nn}; articles changed {len(changed)}")
if sample and len(changed)>sample:
    random.Random(seed).shuffle(changed); changed=sorted(changed[:sample])
for aid in changed:
    print(f"== {aid} {titles.get(aid,'')}")
    kb={key(r):r for r in b.get(aid,[])}; kn={key(r):r for r in n.get(aid,[])}
    for k in kb:
        if k not in kn: print(f"  - {k}\n      | {sent(kb[k])}")
    for k in kn:
        if k not in kb: print(f"  + {k}\n      | {sent(kn[k])}")
