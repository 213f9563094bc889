#!/usr/bin/env python3
"""Validate the w14 TSVs against /work/evalsets/LABELS.md."""
import re, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
labels_md = open('/work/evalsets/LABELS.md', encoding='utf-8').read()
def section(title):
    m = re.search(r'## ' + re.escape(title) + r'.*?\n(.*?)(?=\n## |\Z)', labels_md, re.S)
    return set(re.findall(r'^- ([a-z0-9_-]+)', m.group(1), re.M)) | set(re.findall(r'^([a-z0-9_-]+) —', m.group(1), re.M))
INTENTS = section('Intents'); TOPICS = section('Topics'); FLAGS = section('Red flags')
LANGS = {'id', 'mkn', 'en'}
spec = {
 'intents-id.tsv': ['label', 'text'], 'intents-mkn.tsv': ['label', 'text'], 'intents-en.tsv': ['label', 'text'],
 'questions.tsv': ['topic', 'question', 'kind'], 'offers.tsv': ['flags', 'lang', 'text'],
 'safety.tsv': ['label', 'lang', 'text'],
}
errs = 0
def err(f, n, msg):
    global errs; errs += 1; print(f'{f}:{n}: {msg}')
alltexts = collections.Counter()
for f, hdr in spec.items():
    raw = open(os.path.join(HERE, f), encoding='utf-8').read()
    lines = raw.rstrip('\n').split('\n')
    if lines[0].split('\t') != hdr: err(f, 1, 'bad header %r' % lines[0])
    counts = collections.Counter()
    for n, line in enumerate(lines[1:], 2):
        cols = line.split('\t')
        if len(cols) != len(hdr): err(f, n, f'{len(cols)} columns'); continue
        if any(not c.strip() for c in cols): err(f, n, 'empty cell')
        if line != line.strip(): err(f, n, 'leading/trailing whitespace')
        text = cols[-1] if f != 'questions.tsv' else cols[1]
        alltexts[text.lower()] += 1
        if f.startswith('intents'):
            if cols[0] not in INTENTS: err(f, n, 'unknown label ' + cols[0])
            counts[cols[0]] += 1
        elif f == 'questions.tsv':
            if cols[0] != 'none' and cols[0] not in TOPICS: err(f, n, 'unknown topic ' + cols[0])
            if cols[2] not in {'topic', 'offtopic', 'nearmiss'}: err(f, n, 'bad kind')
            if (cols[0] == 'none') == (cols[2] == 'topic'): err(f, n, 'kind/topic mismatch')
            counts[cols[0]] += 1; counts['KIND:' + cols[2]] += 1
        elif f == 'offers.tsv':
            if cols[1] not in LANGS: err(f, n, 'bad lang')
            fl = cols[0].split(',')
            if fl != ['none']:
                for x in fl:
                    if x not in FLAGS: err(f, n, 'unknown flag ' + x)
                if len(set(fl)) != len(fl): err(f, n, 'duplicate flag')
                for x in fl: counts['FLAG:' + x] += 1
                counts['risky'] += 1
            else: counts['clean'] += 1
            counts['LANG:' + cols[1]] += 1
        elif f == 'safety.tsv':
            if cols[0] not in {'emergency', 'ordinary'}: err(f, n, 'bad label')
            if cols[1] not in LANGS: err(f, n, 'bad lang')
            counts[cols[0]] += 1; counts[cols[0] + '/' + cols[1]] += 1
    print(f, len(lines) - 1, 'rows:', dict(sorted(counts.items())))
for t, c in alltexts.items():
    if c > 1: err('ALL', 0, 'duplicate text: ' + t[:60])
# every flag >= 3, every topic 2-3
off = [l.split('\t') for l in open(os.path.join(HERE, 'offers.tsv'), encoding='utf-8').read().rstrip('\n').split('\n')[1:]]
fc = collections.Counter(x for r in off if r[0] != 'none' for x in r[0].split(','))
for x in FLAGS:
    if fc[x] < 3: err('offers.tsv', 0, f'flag {x} used {fc[x]} times')
q = [l.split('\t') for l in open(os.path.join(HERE, 'questions.tsv'), encoding='utf-8').read().rstrip('\n').split('\n')[1:]]
tc = collections.Counter(r[0] for r in q)
for x in TOPICS - {'none'}:
    if not 2 <= tc[x] <= 3: err('questions.tsv', 0, f'topic {x} has {tc[x]} rows')
print('labels', len(INTENTS), 'topics', len(TOPICS), 'flags', len(FLAGS))
print('ERRORS:', errs); sys.exit(1 if errs else 0)
