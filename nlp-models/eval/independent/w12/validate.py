#!/usr/bin/env python3
"""Validate the w12 TSV files against /work/evalsets/LABELS.md."""
import re, sys, os
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
labels_md = open('/work/evalsets/LABELS.md', encoding='utf-8').read()
def section(title):
    m = re.search(r'## ' + title + r'.*?\n(.*?)(?=\n## |\Z)', labels_md, re.S)
    return set(re.findall(r'^- ([a-z0-9_-]+)|^([a-z0-9_-]+) —', m.group(1), re.M))
def ids(title):
    return {a or b for a, b in section(title)}
INTENTS, TOPICS, FLAGS = ids('Intents'), ids('Topics'), ids('Red flags')
LANGS = {'id', 'mkn', 'en'}
errors = []
def load(name, header):
    rows = []
    with open(os.path.join(D, name), encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if lines[0] != header:
        errors.append(f'{name}: bad header {lines[0]!r}')
    n = header.count('\t') + 1
    for i, l in enumerate(lines[1:], 2):
        if l.strip() == '':
            errors.append(f'{name}:{i}: blank line'); continue
        cells = l.split('\t')
        if len(cells) != n:
            errors.append(f'{name}:{i}: {len(cells)} columns'); continue
        if any(c.strip() == '' for c in cells):
            errors.append(f'{name}:{i}: empty cell')
        if '\r' in l:
            errors.append(f'{name}:{i}: CR')
        rows.append(cells)
    texts = [r[-1] if name != 'questions.tsv' else r[1] for r in rows]
    dup = [t for t, c in Counter(x.lower() for x in texts).items() if c > 1]
    if dup:
        errors.append(f'{name}: duplicate texts {dup}')
    return rows
report = []
for lang in ('id', 'mkn', 'en'):
    rows = load(f'intents-{lang}.tsv', 'label\ttext')
    for r in rows:
        if r[0] not in INTENTS: errors.append(f'intents-{lang}: bad label {r[0]}')
    report.append((f'intents-{lang}.tsv', len(rows), Counter(r[0] for r in rows)))
rows = load('questions.tsv', 'topic\tquestion\tkind')
for r in rows:
    if r[0] not in TOPICS: errors.append(f'questions: bad topic {r[0]}')
    if r[2] not in {'topic', 'nearmiss', 'offtopic'}: errors.append(f'questions: bad kind {r[2]}')
    if (r[0] == 'none') != (r[2] != 'topic'): errors.append(f'questions: topic/kind mismatch {r}')
missing = (TOPICS - {'none'}) - {r[0] for r in rows}
if missing: errors.append(f'questions: topics never used {missing}')
report.append(('questions.tsv', len(rows), Counter(r[2] for r in rows)))
report.append(('questions.tsv topics', len(rows), Counter(r[0] for r in rows)))
rows = load('offers.tsv', 'flags\tlang\ttext')
fc = Counter()
for r in rows:
    fl = r[0].split(',')
    if r[0] != 'none':
        for x in fl:
            if x not in FLAGS or x == 'none': errors.append(f'offers: bad flag {x}')
            fc[x] += 1
        if len(set(fl)) != len(fl): errors.append(f'offers: repeated flag {r[0]}')
    if r[1] not in LANGS: errors.append(f'offers: bad lang {r[1]}')
low = {f: fc[f] for f in FLAGS - {'none'} if fc[f] < 3}
if low: errors.append(f'offers: flags used <3 times {low}')
report.append(('offers.tsv', len(rows), Counter('none' if r[0] == 'none' else 'risky' for r in rows)))
report.append(('offers.tsv langs', len(rows), Counter(r[1] for r in rows)))
report.append(('offers.tsv flags', sum(fc.values()), fc))
rows = load('safety.tsv', 'label\tlang\ttext')
for r in rows:
    if r[0] not in {'emergency', 'ordinary'}: errors.append(f'safety: bad label {r[0]}')
    if r[1] not in LANGS: errors.append(f'safety: bad lang {r[1]}')
report.append(('safety.tsv', len(rows), Counter((r[0], r[1]) for r in rows)))
for name, n, c in report:
    print(f'{name}: {n}  ' + ', '.join(f'{k}={v}' for k, v in sorted(c.items(), key=str)))
if errors:
    print('\nERRORS:'); print('\n'.join(errors)); sys.exit(1)
print('\nOK: all files valid')
