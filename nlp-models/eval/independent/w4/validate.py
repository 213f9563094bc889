#!/usr/bin/env python3
"""Validate the w4 TSV files against /work/evalsets/LABELS.md."""
import re, sys, collections, os
D = os.path.dirname(os.path.abspath(__file__))
lab = open('/work/evalsets/LABELS.md', encoding='utf-8').read()
def section(name):
    m = re.search(r'## ' + name + r'.*?\n(.*?)(?=\n## |\Z)', lab, re.S)
    return set(re.findall(r'^- ([a-z_\-]+):?', m.group(1), re.M) + re.findall(r'^([a-z][a-z\-]+) —', m.group(1), re.M))
intents = section('Intents'); topics = section('Topics'); flags = section('Red flags')
langs = {'id', 'mkn', 'en'}
print('intents', sorted(intents)); print('topics', len(topics)); print('flags', len(flags))
spec = {
 'intents-id.tsv': ['label', 'text'], 'intents-mkn.tsv': ['label', 'text'], 'intents-en.tsv': ['label', 'text'],
 'questions.tsv': ['topic', 'question', 'kind'], 'offers.tsv': ['flags', 'lang', 'text'],
 'safety.tsv': ['label', 'lang', 'text']}
err = 0
def bad(f, i, msg):
    global err; err += 1; print(f'ERROR {f}:{i}: {msg}')
alltexts = collections.Counter()
for f, hdr in spec.items():
    raw = open(os.path.join(D, f), 'rb').read()
    txt = raw.decode('utf-8')
    if '\r' in txt: bad(f, 0, 'CR found')
    lines = txt.split('\n')
    if lines[-1] == '': lines = lines[:-1]
    if lines[0].split('\t') != hdr: bad(f, 1, f'header {lines[0]!r}')
    cnt = collections.Counter(); extra = collections.Counter()
    for i, l in enumerate(lines[1:], 2):
        if not l.strip(): bad(f, i, 'blank line'); continue
        c = l.split('\t')
        if len(c) != len(hdr): bad(f, i, f'{len(c)} columns'); continue
        if any(x != x.strip() or not x for x in c): bad(f, i, 'empty/padded cell')
        alltexts[c[-2] if f == 'questions.tsv' else c[-1]] += 1
        if f.startswith('intents'):
            if c[0] not in intents: bad(f, i, 'label ' + c[0])
            cnt[c[0]] += 1
        elif f == 'questions.tsv':
            if c[0] != 'none' and c[0] not in topics: bad(f, i, 'topic ' + c[0])
            k = c[2]
            if c[0] == 'none' and k not in ('offtopic', 'nearmiss'): bad(f, i, 'kind for none')
            if c[0] != 'none' and k != 'topic': bad(f, i, 'kind for topic')
            cnt[c[0]] += 1; extra[k] += 1
        elif f == 'offers.tsv':
            if c[1] not in langs: bad(f, i, 'lang')
            fl = c[0].split(',')
            if fl != ['none'] and any(x not in flags for x in fl): bad(f, i, 'flag ' + c[0])
            if len(set(fl)) != len(fl): bad(f, i, 'dup flag')
            for x in fl: cnt[x] += 1
            extra[c[1]] += 1; extra['nflags=%d' % (0 if fl == ['none'] else len(fl))] += 1
        elif f == 'safety.tsv':
            if c[0] not in ('emergency', 'ordinary'): bad(f, i, 'label')
            if c[1] not in langs: bad(f, i, 'lang')
            cnt[c[0]] += 1; extra[c[0] + '/' + c[1]] += 1
    print(f'\n{f}: {len(lines)-1} rows')
    print('  ', dict(sorted(cnt.items())))
    if extra: print('  ', dict(sorted(extra.items())))
    if f.startswith('intents'):
        for l in intents:
            if cnt[l] < 8: bad(f, 0, f'only {cnt[l]} {l}')
    if f == 'questions.tsv':
        for t in topics - {'none'}:
            if cnt[t] < 2: bad(f, 0, f'topic {t} has {cnt[t]}')
    if f == 'offers.tsv':
        for x in flags:
            if cnt[x] < 4: bad(f, 0, f'flag {x} has {cnt[x]}')
dups = [t for t, n in alltexts.items() if n > 1]
if dups: print('duplicate texts:', dups); err += len(dups)
print('\nerrors:', err)
sys.exit(1 if err else 0)
