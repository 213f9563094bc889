#!/usr/bin/env python3
"""Validate the w15 evaluation TSVs against /work/evalsets/LABELS.md."""
import re, sys, collections, os
D = os.path.dirname(os.path.abspath(__file__))
L = open('/work/evalsets/LABELS.md', encoding='utf-8').read()
def section(name):
    m = re.search(r'## ' + name + r'.*?\n(.*?)(?=\n## |\Z)', L, re.S)
    return set(re.findall(r'^(?:- )?([a-z_\-]+)(?::| —)', m.group(1), re.M))
INTENTS, TOPICS, FLAGS = section('Intents'), section('Topics') - {'none'}, section('Red flags')
assert len(INTENTS) == 7 and len(TOPICS) == 28 and len(FLAGS) == 17, (INTENTS, TOPICS, FLAGS)
LANGS = {'id', 'mkn', 'en'}
errs = []
def read(fn, header, ti=-1):
    p = os.path.join(D, fn)
    raw = open(p, encoding='utf-8').read()
    if '\r' in raw: errs.append(f'{fn}: CR found')
    lines = raw.rstrip('\n').split('\n')
    if lines[0] != '\t'.join(header): errs.append(f'{fn}: bad header {lines[0]!r}')
    rows = []
    for i, ln in enumerate(lines[1:], 2):
        c = ln.split('\t')
        if len(c) != len(header): errs.append(f'{fn}:{i}: {len(c)} columns'); continue
        if any(not x.strip() for x in c): errs.append(f'{fn}:{i}: empty cell')
        if any(x != x.strip() for x in c): errs.append(f'{fn}:{i}: stray whitespace')
        rows.append(c)
    texts = [r[ti].lower() for r in rows]
    for t, n in collections.Counter(texts).items():
        if n > 1: errs.append(f'{fn}: duplicate text {t!r}')
    return rows
rep = {}
for f in ['intents-id.tsv', 'intents-mkn.tsv', 'intents-en.tsv']:
    rows = read(f, ['label', 'text'])
    for r in rows:
        if r[0] not in INTENTS: errs.append(f'{f}: unknown label {r[0]}')
    rep[f] = collections.Counter(r[0] for r in rows)
rows = read('questions.tsv', ['topic', 'question', 'kind'], 1)
for r in rows:
    if r[0] != 'none' and r[0] not in TOPICS: errs.append(f'questions: unknown topic {r[0]}')
    if r[0] == 'none' and r[2] not in ('nearmiss', 'offtopic'): errs.append(f'questions: none with kind {r[2]}')
    if r[0] != 'none' and r[2] != 'topic': errs.append(f'questions: topic with kind {r[2]}')
qc = collections.Counter(r[0] for r in rows)
missing = TOPICS - set(qc) - {'none'}
if missing: errs.append(f'questions: topics missing {missing}')
rep['questions.tsv'] = collections.Counter(r[2] for r in rows)
rep['questions.tsv per topic'] = qc
rows = read('offers.tsv', ['flags', 'lang', 'text'])
fc = collections.Counter()
for r in rows:
    if r[1] not in LANGS: errs.append(f'offers: bad lang {r[1]}')
    if r[0] == 'none': fc['none'] += 1; continue
    fl = r[0].split(',')
    if len(set(fl)) != len(fl): errs.append(f'offers: repeated flag {r[0]}')
    for x in fl:
        if x not in FLAGS: errs.append(f'offers: unknown flag {x}')
        fc[x] += 1
for x in FLAGS:
    if fc[x] < 3: errs.append(f'offers: flag {x} used {fc[x]} times')
rep['offers.tsv flags'] = fc
rep['offers.tsv lang'] = collections.Counter(r[1] for r in rows)
rep['offers.tsv risky/clean'] = collections.Counter('clean' if r[0] == 'none' else 'risky' for r in rows)
rows = read('safety.tsv', ['label', 'lang', 'text'])
for r in rows:
    if r[0] not in ('emergency', 'ordinary'): errs.append(f'safety: bad label {r[0]}')
    if r[1] not in LANGS: errs.append(f'safety: bad lang {r[1]}')
rep['safety.tsv'] = collections.Counter((r[0], r[1]) for r in rows)
for k, v in rep.items(): print(k, sum(v.values()), dict(sorted(v.items())))
print('ERRORS:' if errs else 'OK, no errors', *errs, sep='\n')
sys.exit(1 if errs else 0)
