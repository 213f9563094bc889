#!/usr/bin/env python3
"""Validate the final12 TSV files against /work/evalsets/LABELS.md."""
import re, sys, os, collections, difflib
HERE = os.path.dirname(os.path.abspath(__file__))
labels_md = open('/work/evalsets/LABELS.md', encoding='utf-8').read()
def section(title):
    m = re.search(r'## ' + title + r'.*?\n(.*?)(?=\n## |\Z)', labels_md, re.S)
    return set(re.findall(r'^(?:- )?([a-z0-9_-]+)(?::| \u2014)', m.group(1), re.M))
INTENTS, TOPICS, FLAGS = section('Intents'), section('Topics'), section('Red flags')
print('labels:', len(INTENTS), 'intents,', len(TOPICS), 'topics,', len(FLAGS), 'flags')
LANGS = {'id', 'mkn', 'en'}
SPEC = {
    'intents-id.tsv': (['label', 'text'], {'label': INTENTS}),
    'intents-mkn.tsv': (['label', 'text'], {'label': INTENTS}),
    'intents-en.tsv': (['label', 'text'], {'label': INTENTS}),
    'questions.tsv': (['topic', 'question', 'kind'], {'topic': TOPICS, 'kind': {'topic', 'offtopic', 'nearmiss'}}),
    'offers.tsv': (['flags', 'lang', 'text'], {'lang': LANGS}),
    'safety.tsv': (['label', 'lang', 'text'], {'label': {'emergency', 'ordinary'}, 'lang': LANGS}),
}
errors = 0
alltexts = []
def err(msg):
    global errors; errors += 1; print('ERROR', msg)
for fn, (header, allowed) in SPEC.items():
    path = os.path.join(HERE, fn)
    raw = open(path, encoding='utf-8').read()
    if '\r' in raw: err(f'{fn}: CR characters')
    if not raw.endswith('\n'): err(f'{fn}: no final newline')
    lines = raw.split('\n')[:-1]
    if lines[0].split('\t') != header: err(f'{fn}: bad header {lines[0]!r}')
    counts = collections.Counter()
    for n, line in enumerate(lines[1:], 2):
        if not line.strip(): err(f'{fn}:{n}: blank line'); continue
        cols = line.split('\t')
        if len(cols) != len(header): err(f'{fn}:{n}: {len(cols)} columns'); continue
        row = dict(zip(header, cols))
        for k, v in row.items():
            if not v.strip(): err(f'{fn}:{n}: empty {k}')
            if v != v.strip(): err(f'{fn}:{n}: stray whitespace in {k}')
        for k, ok in allowed.items():
            if row[k] not in ok: err(f'{fn}:{n}: {k}={row[k]!r} not allowed')
        if fn == 'offers.tsv':
            fl = row['flags'].split(',')
            if fl != ['none']:
                for f in fl:
                    if f not in FLAGS: err(f'{fn}:{n}: unknown flag {f}')
                if len(set(fl)) != len(fl): err(f'{fn}:{n}: repeated flag')
            for f in fl: counts['flag:' + f] += 1
            counts['lang:' + row['lang']] += 1
            counts['risky' if fl != ['none'] else 'clean'] += 1
        elif fn == 'questions.tsv':
            if (row['topic'] == 'none') == (row['kind'] == 'topic'): err(f'{fn}:{n}: topic/kind mismatch')
            counts[row['topic']] += 1; counts['kind:' + row['kind']] += 1
        elif fn == 'safety.tsv':
            counts[row['label'] + '/' + row['lang']] += 1; counts[row['label']] += 1
        else:
            counts[row['label']] += 1
        text = cols[-2] if fn == 'questions.tsv' else cols[-1]
        alltexts.append((fn, n, text))
    print(f'{fn}: {len(lines)-1} rows')
    for k in sorted(counts): print(f'   {k}: {counts[k]}')
# exact and near duplicates across all files
norm = lambda s: re.sub(r'[^a-z0-9 ]', '', s.lower())
seen = {}
for fn, n, t in alltexts:
    k = norm(t)
    if k in seen: err(f'duplicate text {fn}:{n} = {seen[k]}')
    seen[k] = f'{fn}:{n}'
near = 0
for i in range(len(alltexts)):
    for j in range(i + 1, len(alltexts)):
        a, b = norm(alltexts[i][2]), norm(alltexts[j][2])
        if abs(len(a) - len(b)) > 0.3 * max(len(a), len(b)): continue
        r = difflib.SequenceMatcher(None, a, b).ratio()
        if r > 0.75:
            near += 1; print(f'NEAR {r:.2f} {alltexts[i][0]}:{alltexts[i][1]} ~ {alltexts[j][0]}:{alltexts[j][1]}')
print('errors:', errors, 'near-duplicate pairs (>0.75):', near)
sys.exit(1 if errors else 0)
