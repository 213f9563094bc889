#!/usr/bin/env python3
"""Validate the TSVs of this folder against /work/evalsets/LABELS.md."""
import re, sys, os
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
labels_md = open('/work/evalsets/LABELS.md', encoding='utf-8').read()
def section(title):
    s = labels_md.split('## ' + title, 1)[1].split('\n## ', 1)[0]
    return set(re.findall(r'^(?:- )?([a-z_-]+)(?::| \u2014)', s, re.M))
INTENTS = section('Intents'); LANGS = section('Languages'); TOPICS = section('Topics'); FLAGS = section('Red flags')

errors = []
def check(fn, header, validators):
    lines = open(os.path.join(D, fn), encoding='utf-8').read().split('\n')
    assert lines[-1] == '', fn + ' must end with newline'
    lines = lines[:-1]
    if lines[0].split('\t') != header: errors.append(f'{fn}: bad header {lines[0]!r}')
    seen = set(); cnt = Counter()
    for i, l in enumerate(lines[1:], 2):
        c = l.split('\t')
        if len(c) != len(header): errors.append(f'{fn}:{i}: {len(c)} columns'); continue
        if any(not x.strip() for x in c): errors.append(f'{fn}:{i}: empty cell')
        if '|' in l: errors.append(f'{fn}:{i}: stray pipe')
        text = c[header.index('text') if 'text' in header else 1]
        if text.lower() in seen: errors.append(f'{fn}:{i}: duplicate text')
        seen.add(text.lower())
        for col, ok in validators.items():
            v = c[header.index(col)]
            if not ok(v): errors.append(f'{fn}:{i}: bad {col} {v!r}')
        cnt[tuple(c[j] for j in range(len(header)) if header[j] not in ('text', 'question'))] += 1
    return cnt

res = {}
for fn in ('intents-id.tsv', 'intents-mkn.tsv', 'intents-en.tsv'):
    res[fn] = check(fn, ['label', 'text'], {'label': lambda v: v in INTENTS})
res['questions.tsv'] = check('questions.tsv', ['topic', 'question', 'kind'],
    {'topic': lambda v: v in TOPICS, 'kind': lambda v: v in ('topic', 'offtopic', 'nearmiss')})
q = res['questions.tsv']
for (t, k), n in q.items():
    if (t == 'none') != (k != 'topic'): errors.append(f'questions.tsv: topic/kind mismatch {t} {k}')
for t in TOPICS - {'none'}:
    n = q.get((t, 'topic'), 0)
    if not 2 <= n <= 3: errors.append(f'questions.tsv: topic {t} has {n} rows')
res['offers.tsv'] = check('offers.tsv', ['flags', 'lang', 'text'],
    {'flags': lambda v: v == 'none' or all(x in FLAGS for x in v.split(',')), 'lang': lambda v: v in LANGS})
fc = Counter()
for (f, lang), n in res['offers.tsv'].items():
    for x in f.split(','): fc[x] += n
for fl in FLAGS:
    if fc[fl] < 3: errors.append(f'offers.tsv: flag {fl} used {fc[fl]} times')
res['safety.tsv'] = check('safety.tsv', ['label', 'lang', 'text'],
    {'label': lambda v: v in ('emergency', 'ordinary'), 'lang': lambda v: v in LANGS})

for fn, c in res.items():
    total = sum(c.values())
    print(f'== {fn}: {total} rows')
    if fn.startswith('intents') or fn == 'safety.tsv':
        for k, n in sorted(c.items()): print('  ', '/'.join(k), n)
    elif fn == 'questions.tsv':
        kinds = Counter();
        for (t, k), n in c.items(): kinds[k] += n
        print('  ', dict(kinds), 'topics covered:', len([1 for (t, k) in c if k == 'topic']))
    else:
        langs = Counter(); risky = 0
        for (f, l), n in c.items():
            langs[l] += n; risky += n if f != 'none' else 0
        print('   risky', risky, 'clean', total - risky, dict(langs))
        print('   flags', dict(sorted(fc.items())))
print('ERRORS:' if errors else 'OK: no errors')
for e in errors: print('  ', e)
sys.exit(1 if errors else 0)
