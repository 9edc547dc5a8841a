#!/usr/bin/env python3
"""Actor-country disagreements on matched pairs: gold vs system actor (and recipient).

usage: scripts/actor_misses.py GOLD SYSTEM EVAL_JSON [IDS] [--role actor|recipient]

One line per matched pair whose actor country differs (as `eval` compares it: null equals
null, case-insensitive; for AGREE, CONSULT and COOPERATE the order that agrees best), with the
event type, the gold and system actor (text|country|sector) and recipient, the record's rule and
the sentence, to group the misses by cause. `--role recipient` prints the pairs whose recipient
country or sector differs instead (after the same symmetric reordering).
"""
import sys
from goldlib import load, matched_pairs

args = sys.argv[1:]
role = 'actor'
if '--role' in args:
    i = args.index('--role')
    role = args[i + 1]
    del args[i:i + 2]
gold, sysr, rep, ids = load(*args[:4])
SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}


def c(p, k='country'):
    return ((p or {}).get(k) or '').upper()


def fmt(p):
    return 'null' if not p else f"{p.get('text') or ''}|{p.get('country')}|{p.get('sector')}"


for aid, g, s in matched_pairs(gold, sysr, rep, ids):
    ga, gr, sa, sr = g.get('actor'), g.get('recipient'), s.get('actor'), s.get('recipient')
    if g['event_type'] in SYMMETRIC:
        straight = (c(ga) == c(sa)) + (c(ga, 'sector') == c(sa, 'sector')) + (c(gr) == c(sr)) + (c(gr, 'sector') == c(sr, 'sector'))
        swapped = (c(ga) == c(sr)) + (c(ga, 'sector') == c(sr, 'sector')) + (c(gr) == c(sa)) + (c(gr, 'sector') == c(sa, 'sector'))
        if swapped > straight:
            sa, sr = sr, sa
    if role == 'recipient':
        if c(gr) == c(sr) and c(gr, 'sector') == c(sr, 'sector'):
            continue
    elif c(ga) == c(sa):
        continue
    sent = (s.get('evidence') or {}).get('sentence', '')
    print(f"{aid} {g['event_type']:8} {s.get('rule','')[:34]:34} gold={fmt(ga)} -> {fmt(gr)}  sys={fmt(sa)} -> {fmt(sr)}\n    trig={s.get('trigger')} || {sent}")
