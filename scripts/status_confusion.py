#!/usr/bin/env python3
"""Status and date confusions over matched pairs (from `ahdath eval --json`), for error analysis.

usage: scripts/status_confusion.py GOLD SYSTEM EVAL_JSON
"""
import json, collections, sys
rep = json.load(open(sys.argv[3]))
gold = {}
for l in open(sys.argv[1]):
    g = json.loads(l); gold[g['id']] = g['events']
sysr = []
for l in open(sys.argv[2]):
    sysr.append(json.loads(l))
c = collections.Counter(); ex = collections.defaultdict(list); dc = collections.Counter()
for m in rep['matches']:
    g = gold[m['article_id']][m['gold']]; s = sysr[m['system']]
    c[(g['status'], s['status'])] += 1
    if g['status'] != s['status']:
        ex[(g['status'], s['status'])].append((g.get('date_text'), s.get('date_text'), s['trigger'], s['evidence']['sentence'][:110]))
    dc[(g.get('date_basis'), s.get('date_basis'), g.get('date') == s.get('date'))] += 1
print(c); print(dc)
for k, v in ex.items():
    print(k)
    for x in v[:8]: print('   ', x)
