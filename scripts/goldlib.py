"""Shared loading for the error-analysis scripts: gold, system records, a split, eval matches."""
import json


def load(gold_path, system_path, eval_path=None, ids_path=None):
    """Return (gold: id -> events, system records in file order, eval report or None, ids or None)."""
    gold = {}
    for line in open(gold_path):
        g = json.loads(line)
        gold[g['id']] = g['events']
    system = [json.loads(line) for line in open(system_path)]
    report = json.load(open(eval_path)) if eval_path else None
    ids = None
    if ids_path:
        ids = set(l.strip() for l in open(ids_path) if l.strip() and not l.startswith('#'))
    return gold, system, report, ids


def matched(report):
    """(matched (article, gold index) pairs, matched system record indices)."""
    return (set((m['article_id'], m['gold']) for m in report['matches']),
            set(m['system'] for m in report['matches']))


def matched_pairs(gold, system, report, ids=None):
    """(article id, gold event, system record) for every matched pair of the eval report, within
    the article ids `ids` when given."""
    for m in report['matches']:
        aid = m['article_id']
        if ids and aid not in ids:
            continue
        yield aid, gold[aid][m['gold']], system[m['system']]
