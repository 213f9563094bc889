#!/usr/bin/env python3
"""Validate the final9 TSVs against /work/evalsets/LABELS.md."""
import re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels_md = open('/work/evalsets/LABELS.md', encoding='utf-8').read()
def section(name):
    m = re.search(r'## ' + name + r'.*?\n(.*?)(\n## |\Z)', labels_md, re.S)
    return set(re.findall(r'^(?:- )?([a-z_-]+)(?::| —)', m.group(1), re.M))
INTENTS = section('Intents'); TOPICS = section('Topics'); FLAGS = section('Red flags')
LANGS = {'id', 'mkn', 'en'}
SPEC = {
 'intents-id.tsv': ['label', 'text'], 'intents-mkn.tsv': ['label', 'text'], 'intents-en.tsv': ['label', 'text'],
 'questions.tsv': ['topic', 'question', 'kind'], 'offers.tsv': ['flags', 'lang', 'text'],
 'safety.tsv': ['label', 'lang', 'text'],
}
errors = []
def err(f, n, msg): errors.append(f'{f}:{n}: {msg}')
for fname, header in SPEC.items():
    path = os.path.join(HERE, fname)
    raw = open(path, 'rb').read()
    text = raw.decode('utf-8')
    lines = text.split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    if lines[0].split('\t') != header: err(fname, 1, f'bad header {lines[0]!r}')
    counts = collections.Counter(); texts = collections.Counter(); sub = collections.Counter()
    for n, line in enumerate(lines[1:], start=2):
        if line.strip() == '': err(fname, n, 'blank line'); continue
        cols = line.split('\t')
        if len(cols) != len(header): err(fname, n, f'{len(cols)} columns'); continue
        if any(c.strip() == '' for c in cols): err(fname, n, 'empty cell')
        if '\r' in line: err(fname, n, 'CR character')
        texts[cols[-1].strip().lower() if fname != 'questions.tsv' else cols[1].strip().lower()] += 1
        if fname.startswith('intents'):
            if cols[0] not in INTENTS: err(fname, n, f'unknown label {cols[0]}')
            counts[cols[0]] += 1
        elif fname == 'questions.tsv':
            if cols[0] not in TOPICS: err(fname, n, f'unknown topic {cols[0]}')
            if cols[2] not in {'topic', 'offtopic', 'nearmiss'}: err(fname, n, f'bad kind {cols[2]}')
            if (cols[0] == 'none') != (cols[2] != 'topic'): err(fname, n, 'topic/kind mismatch')
            counts[cols[0]] += 1; sub[cols[2]] += 1
        elif fname == 'offers.tsv':
            if cols[1] not in LANGS: err(fname, n, f'bad lang {cols[1]}')
            if cols[0] == 'none': counts['none'] += 1
            else:
                fl = cols[0].split(',')
                if len(set(fl)) != len(fl): err(fname, n, 'duplicate flag')
                for x in fl:
                    if x not in FLAGS: err(fname, n, f'unknown flag {x}')
                    counts[x] += 1
                sub['risky'] += 1
            sub['lang:' + cols[1]] += 1
        elif fname == 'safety.tsv':
            if cols[0] not in {'emergency', 'ordinary'}: err(fname, n, f'bad label {cols[0]}')
            if cols[1] not in LANGS: err(fname, n, f'bad lang {cols[1]}')
            counts[cols[0]] += 1; sub[f'{cols[0]}/{cols[1]}'] += 1
    for t, c in texts.items():
        if c > 1: err(fname, '-', f'duplicate text: {t[:60]}')
    print(f'== {fname}: {len(lines)-1} rows')
    print('   ', dict(sorted(counts.items())))
    if sub: print('   ', dict(sorted(sub.items())))
    if fname == 'questions.tsv':
        missing = TOPICS - {'none'} - set(counts)
        if missing: err(fname, '-', f'topics never used: {sorted(missing)}')
    if fname == 'offers.tsv':
        few = [f for f in FLAGS if counts[f] < 3]
        if few: err(fname, '-', f'flags used <3 times: {few}')
print('\nERRORS:' if errors else '\nOK: no errors')
for e in errors: print('  ', e)
sys.exit(1 if errors else 0)
