#!/usr/bin/env python3
"""Location disagreements on matched pairs: gold vs system country, admin1 and name.

usage: scripts/location_misses.py GOLD SYSTEM EVAL_JSON [IDS]

One line per matched pair whose location differs in country, admin1 or (when both have one)
name (loose keys, as `eval` compares them), with the event type, the gold's place text and the sentence's
start, to group the misses by cause.
"""
import sys
from goldlib import load, matched_pairs

gold, sysr, rep, ids = load(*sys.argv[1:5]) if len(sys.argv) > 4 else load(*sys.argv[1:4])


def f(loc, k):
    return (loc or {}).get(k)


ADMIN_WORDS = {"governorate", "district", "province", "region", "state", "wilayat", "wilaya", "muhafazat",
               "prefecture", "county", "emirate", "municipality"}
ARTICLES = {"al", "el", "ad", "as", "ar", "an", "az", "ash", "at", "of", "the"}


def admin_key(name):
    """As the eval's `admin_key`: accents, kind words, articles and punctuation dropped."""
    import unicodedata
    s = ''.join(c for c in unicodedata.normalize('NFD', name) if not unicodedata.combining(c)).lower()
    s = ''.join(c if c.isalnum() else ' ' for c in s)
    return ''.join(w for w in s.split() if w not in ADMIN_WORDS and w not in ARTICLES)


def same_name(a, b, fa, fb):
    """As the eval's `same_place_name`: loose keys, or the names before a qualifier, with guards."""
    if a.lower() == b.lower():
        return True
    settlement = lambda f: f in ('city', 'town', 'village')
    division = lambda n: any(w.lower() in ADMIN_WORDS for w in ''.join(c if c.isalnum() else ' ' for c in n).split())
    if (division(a) and settlement(fb)) or (division(b) and settlement(fa)):
        return False
    if admin_key(a) and admin_key(a) == admin_key(b):
        return True
    head = lambda n: n.replace('(', ',').split(',')[0].strip()
    ha, hb = admin_key(head(a)), admin_key(head(b))
    return len(ha) >= 4 and ha == hb


def same_admin(a, b):
    if not a or not b:
        return not a and not b
    a, b = admin_key(a), admin_key(b)
    short, long_ = sorted([a, b], key=len)
    return a == b or (len(short) >= 4 and long_.startswith(short))


for aid, g, s in matched_pairs(gold, sysr, rep, ids):
    gl, sl = g.get('location'), s.get('location')
    flags = []
    if (f(gl, 'country') or '').lower() != (f(sl, 'country') or '').lower():
        flags.append('C')
    if not same_admin(f(gl, 'admin1'), f(sl, 'admin1')):
        flags.append('A')
    if f(gl, 'name') and f(sl, 'name') and not same_name(f(gl, 'name'), f(sl, 'name'), f(gl, 'feature'), f(sl, 'feature')):
        flags.append('N')
    if not flags:
        continue
    fmt = lambda l: 'null' if not l else f"{f(l,'name')}|{f(l,'admin1')}|{f(l,'country')}|{f(l,'text') or ''}"
    sent = (s.get('evidence') or {}).get('sentence', '')[:90]
    print(f"{''.join(flags):3} {aid} {g['event_type']:8} {s.get('rule','')[:30]:30} gold={fmt(gl)}  sys={fmt(sl)} prec={f(sl,'precision')}  || {sent}")
