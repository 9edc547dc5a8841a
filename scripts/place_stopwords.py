#!/usr/bin/env python3
"""Derive data/dict/place-stopwords.txt: gazetteer names that are mostly ordinary words.

A one-word place form (town, village, area...) is a stopword when, in a large news corpus, it
rarely follows a location cue (في, بـ, قرب, مدينة, بلدة, قرية, محافظة ...) although it occurs
often. Countries, first-level divisions and places over 500,000 people are never stopped.

usage: python3 scripts/place_stopwords.py ../shared/corpus/bench60k.jsonl.gz > data/dict/place-stopwords.txt
"""
import gzip, json, re, sys, collections, unicodedata

def key(s):
    s = ''.join(c for c in s if not ('\u064b' <= c <= '\u065f' or c in '\u0670\u0640'))
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي')
    return s

places = {}
for fn in ['data/gazetteer/places.tsv', 'data/gazetteer/extra.tsv']:
    for line in open(fn, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        feature, pop = f[1], int(f[9] or 0)
        for form in f[6].split(';'):
            k = key(form.strip())
            if not k or ' ' in k:
                continue
            protected = feature in ('country', 'admin1') or pop >= 500000
            places[k] = places.get(k, False) or protected

CUES = {'في', 'قرب', 'مدينه', 'بلده', 'قريه', 'محافظه', 'منطقه', 'ولايه', 'بمدينه', 'ببلده', 'بقريه', 'بمحافظه', 'بمنطقه', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'داخل', 'الي', 'من'}
total = collections.Counter()
cued = collections.Counter()
op = gzip.open if sys.argv[1].endswith('.gz') else open
n = 0
with op(sys.argv[1], 'rt', encoding='utf-8') as fh:
    for line in fh:
        n += 1
        if n > 30000:
            break
        r = json.loads(line)
        words = re.findall(r'\w+', key((r.get('title') or '') + ' ' + r['text']))
        prev = ''
        for w in words:
            for cand, clitic in ((w, ''), (w[1:], w[:1]), (w[2:], w[:2])):
                if cand in places and not places[cand]:
                    total[cand] += 1
                    if prev in CUES or clitic in ('ب', 'وب', 'لل'):
                        cued[cand] += 1
                    break
            prev = w
print('# Gazetteer names that are ordinary words: never read as a place on their own.')
print('# Derived by scripts/place_stopwords.py from bench60k (first 30,000 articles): forms seen')
print('# 20+ times of which under 25% follow a location cue. Edit by hand: one form a line.')
for w, c in sorted(total.items(), key=lambda x: -x[1]):
    if c >= 20 and cued[w] / c < 0.25:
        print(w)
