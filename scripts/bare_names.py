#!/usr/bin/env python3
"""Derive data/grammar/names.txt: words that are the bare subject of a reporting verb.

A person's name the actor dictionary does not know ("واتهم عباس إسرائيل", "وطالب دربالة جميع
القوى") looks, to the coder, like any other word after the verb. This list marks words that, in a
large news corpus, (1) stand right after a perfect reporting verb (قال, أضاف, أكد, أوضح, أشار,
صرح, ذكر, تابع, أعلن and their feminine forms, with or without و/ف) at least MIN_AFTER times, the
position of the subject, and (2) never occur with the article (ال, وال, بال, فال, كال, لل): a
name takes no article, while a common noun in the construct state ("اتحاد المحامين", "سفير
روسيا") is seen with it elsewhere. A word seen with the article rarely (at most RARE_ARTICLE of
its occurrences) counts when it also follows a title or honorific (الرئيس, الدكتور, السيد …) at
least MIN_AFTER times and in at least TITLED_SHARE of its occurrences, as names do ("الرئيس محمود عباس") and function words do not. Left out: words of fewer than three letters; accusative
adverbs and participles ending in ا (ايضا, مجددا, موضحا) and duals in ان/ا; plural construct
heads مـ…و (مسوولو, محامو); words in لل (a glued لـ and article); a preposition or article glued to a more frequent word (لرويترز,
للصحفيين); a pronoun suffix on a more frequent word (فيها, عنها, سموه); and a short list of
function words (انه, ذلك, كما, هناك …) below.

usage: python3 scripts/bare_names.py ../shared/corpus/bench60k.jsonl.gz > data/grammar/names.txt
(bench60k only: the pool holds the gold articles.)
"""
import collections, gzip, json, re, sys

MIN_AFTER = 3
# A word seen with the article at most this share of the time is still a name when it also
# follows a title or honorific (TITLES) at least MIN_AFTER times: عباس, محمد (العباس is a name too).
RARE_ARTICLE = 0.06
TITLED_SHARE = 0.02
TASH = re.compile('[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u200C-\u200F\u202A-\u202E\uFEFF]')
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ئ': 'ي', 'ؤ': 'و', 'ة': 'ه', 'ک': 'ك'})
SAY = {'قال', 'قالت', 'اضاف', 'اضافت', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'اشار', 'اشارت', 'صرح', 'صرحت',
       'ذكر', 'ذكرت', 'تابع', 'تابعت', 'اعلن', 'اعلنت'}
FUNCTION = set('''انه انها انهم انهما اننا انني ذلك كذلك هناك هنا تلك هذا هذه هولاء منذ كما اذا لقد قد
يجب يمكن ليس ليست وهو وهي بحسب وفقا بشكل عندما حوالي نحو ابو ابن بن عبد بعد قبل حين حينها وقتها
بعدها بعضهم احدهم يقول بدوره نقلا بالقول بقوله قوله عنه عنها عنهم منها منهم عليها لدي لدينا خلال
خلاله خلالها فيما بينما حيث مما ممن لكن لكنه غير كل جميع بعض عدد عشرات مئات الاف'''.split())

# Honorifics and titles a personal name follows ("الدكتور عصام", "الرئيس محمود").
TITLES = {'السيد', 'السيده', 'الدكتور', 'الدكتوره', 'الشيخ', 'الرييس', 'الوزير', 'المستشار', 'اللواء',
          'العميد', 'الفريق', 'العقيد', 'المهندس', 'الاستاذ', 'الامير', 'الملك', 'النايب', 'الناشط',
          'الزعيم', 'القيادي', 'الكاتب', 'الصحفي', 'المحامي'}

def fold(t):
    return TASH.sub('', t).translate(FOLD)

count = collections.Counter()
after = collections.Counter()
titled = collections.Counter()
for path in sys.argv[1:]:
    fh = gzip.open(path, 'rt', encoding='utf-8') if path.endswith('.gz') else open(path, encoding='utf-8')
    for line in fh:
        r = json.loads(line)
        for t in (r.get('title') or '', r.get('text') or ''):
            toks = re.findall(r'[\u0621-\u064A]+|[^\s\u0621-\u064A]', fold(t))
            for i, w in enumerate(toks):
                count[w] += 1
                v = w[1:] if w[:1] in 'وف' and w[1:] in SAY else w
                if v in SAY and i + 1 < len(toks):
                    after[toks[i + 1]] += 1
                if w in TITLES and i + 1 < len(toks):
                    titled[toks[i + 1]] += 1

def with_article(w):
    return sum(count.get(p + w, 0) for p in ('ال', 'وال', 'بال', 'فال', 'كال', 'لل'))

def clitic_form(w):
    # A glued preposition or pronoun on a word that is more frequent on its own.
    for p in ('لل', 'ل', 'ب', 'و', 'ف'):
        if w.startswith(p) and count.get(w[len(p):], 0) >= count[w]:
            return True
    for s in ('هما', 'هم', 'ها', 'نا', 'ه', 'ي'):
        if w.endswith(s) and len(w) - len(s) >= 2 and count.get(w[:-len(s)], 0) >= count[w]:
            return True
    return False

names = sorted(
    w for w, c in after.items()
    if c >= MIN_AFTER and len(w) >= 3 and re.fullmatch('[\u0621-\u064A]+', w)
    and not w.startswith(('ال', 'لل')) and w not in FUNCTION
    and (with_article(w) == 0 or (with_article(w) <= RARE_ARTICLE * count[w] and titled[w] >= max(MIN_AFTER, TITLED_SHARE * count[w])))
    and not w.endswith('ا') and not w.endswith('ان') and not (w.startswith('م') and w.endswith('و'))
    and not clitic_form(w)
)
print('# Bare words seen as the subject of a reporting verb and never with the article: mostly')
print('# personal names the actor dictionary lacks (docs/coding.md section 5, "An unknown name')
print('# after the verb is its subject"). Derived, do not edit by hand:')
print("#   python3 scripts/bare_names.py ../shared/corpus/bench60k.jsonl.gz > data/grammar/names.txt")
print()
print('# Bare names (%d forms): subject of قال/أضاف/أكد… at least %d times, never (or rarely, after a title) with ال.' % (len(names), MIN_AFTER))
print('BARE_NAMES | ' + ' ; '.join(names))
