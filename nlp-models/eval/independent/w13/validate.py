#!/usr/bin/env python3
"""Validate the w13 TSV files against /work/evalsets/LABELS.md."""
import re, sys, os, difflib
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
lab = open('/work/evalsets/LABELS.md', encoding='utf-8').read()
def section(title):
    m = re.search(r'## ' + title + r'.*?\n(.*?)(?=\n## |\Z)', lab, re.S)
    return set(re.findall(r'^(?:- )?([a-z0-9_-]+)(?::| —)', m.group(1), re.M))
intents, langs = section('Intents'), section('Languages')
topics, flags = section('Topics'), section('Red flags')
print('labels:', len(intents), 'intents,', len(langs), 'langs,', len(topics), 'topics,', len(flags), 'flags')
errors = []
spec = {
 'intents-id.tsv': (['label', 'text'], {0: intents}),
 'intents-mkn.tsv': (['label', 'text'], {0: intents}),
 'intents-en.tsv': (['label', 'text'], {0: intents}),
 'questions.tsv': (['topic', 'question', 'kind'], {0: topics, 2: {'topic', 'offtopic', 'nearmiss'}}),
 'offers.tsv': (['flags', 'lang', 'text'], {0: flags | {'none'}, 1: {'id', 'mkn', 'en'}}),
 'safety.tsv': (['label', 'lang', 'text'], {0: {'emergency', 'ordinary'}, 1: {'id', 'mkn', 'en'}}),
}
alltexts = []
for fn, (hdr, allowed) in spec.items():
    raw = open(os.path.join(D, fn), encoding='utf-8').read()
    if raw.startswith('\ufeff'): errors.append(f'{fn}: BOM')
    lines = raw.rstrip('\n').split('\n')
    if lines[0].split('\t') != hdr: errors.append(f'{fn}: bad header {lines[0]!r}')
    cnt = Counter(); seen = set()
    for i, ln in enumerate(lines[1:], 2):
        cols = ln.split('\t')
        if len(cols) != len(hdr): errors.append(f'{fn}:{i}: {len(cols)} columns'); continue
        if any(not c.strip() for c in cols): errors.append(f'{fn}:{i}: empty cell')
        if ln != ln.strip() or '\r' in ln: errors.append(f'{fn}:{i}: stray whitespace')
        for ci, ok in allowed.items():
            vals = cols[ci].split(',') if (fn == 'offers.tsv' and ci == 0) else [cols[ci]]
            for v in vals:
                if v not in ok: errors.append(f'{fn}:{i}: unknown value {v!r}')
        if fn == 'offers.tsv' and 'none' in cols[0].split(',') and cols[0] != 'none':
            errors.append(f'{fn}:{i}: none mixed with flags')
        if fn == 'questions.tsv' and ((cols[0] == 'none') != (cols[2] != 'topic')):
            errors.append(f'{fn}:{i}: topic/kind mismatch')
        text = cols[-2] if fn == 'questions.tsv' else cols[-1]
        key = text.lower()
        if key in seen: errors.append(f'{fn}:{i}: duplicate text')
        seen.add(key); alltexts.append((fn, i, key))
        if fn == 'offers.tsv':
            for v in cols[0].split(','): cnt[v] += 1
            cnt['lang:' + cols[1]] += 1
        elif fn in ('safety.tsv',):
            cnt[(cols[0], cols[1])] += 1
        elif fn == 'questions.tsv':
            cnt[cols[0]] += 1; cnt['kind:' + cols[2]] += 1
        else:
            cnt[cols[0]] += 1
    print(f'== {fn}: {len(lines)-1} rows')
    for k, v in sorted(cnt.items(), key=str): print(f'   {k}: {v}')
    if fn == 'questions.tsv':
        miss = topics - {'none'} - set(cnt)
        if miss: errors.append(f'questions.tsv: topics missing {sorted(miss)}')
    if fn == 'offers.tsv':
        few = [f for f in flags if cnt[f] < 3]
        if few: errors.append(f'offers.tsv: flags used <3 times {few}')
# near-copy check across all files
near = []
for a in range(len(alltexts)):
    for b in range(a + 1, len(alltexts)):
        r = difflib.SequenceMatcher(None, alltexts[a][2], alltexts[b][2]).ratio()
        if r > 0.75: near.append((round(r, 2), alltexts[a][:2], alltexts[b][:2]))
for n in near: print('near-copy?', n)
print('ERRORS:' if errors else 'OK: no errors', *errors, sep='\n  ')
sys.exit(1 if errors else 0)
