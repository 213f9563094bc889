import csv, re, sys, collections, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
L = open('/work/evalsets/LABELS.md', encoding='utf-8').read()
def section(name):
    m = re.search(r'## ' + name + r'.*?\n(.*?)(\n## |\Z)', L, re.S)
    return set(re.findall(r'^(?:- )?([a-z_\-]+)(?::| —)', m.group(1), re.M))
INTENTS = section('Intents'); TOPICS = section('Topics'); FLAGS = section('Red flags'); LANGS = section('Languages')
assert 'none' in TOPICS
errors = 0
def err(*a):
    global errors; errors += 1; print('ERROR', *a)
spec = {
 'intents-id.tsv': ['label','text'], 'intents-mkn.tsv': ['label','text'], 'intents-en.tsv': ['label','text'],
 'questions.tsv': ['topic','question','kind'], 'offers.tsv': ['flags','lang','text'], 'safety.tsv': ['label','lang','text'],
}
alltexts = collections.Counter()
for fn, hdr in spec.items():
    raw = open(fn, encoding='utf-8').read()
    if raw.endswith('\n\n') or '\n\n' in raw: err(fn, 'blank line')
    lines = raw.rstrip('\n').split('\n')
    if lines[0].split('\t') != hdr: err(fn, 'bad header', lines[0])
    rows = [l.split('\t') for l in lines[1:]]
    c = collections.Counter(); extra = collections.Counter()
    for i, r in enumerate(rows, 2):
        if len(r) != len(hdr): err(fn, i, 'columns', len(r)); continue
        if any(not x.strip() for x in r): err(fn, i, 'empty cell')
        text = r[hdr.index('text') if 'text' in hdr else 1]
        alltexts[text.strip().lower()] += 1
        if fn.startswith('intents'):
            if r[0] not in INTENTS: err(fn, i, 'label', r[0])
            c[r[0]] += 1
        elif fn == 'questions.tsv':
            if r[0] not in TOPICS: err(fn, i, 'topic', r[0])
            if r[2] not in ('topic','offtopic','nearmiss'): err(fn, i, 'kind', r[2])
            if (r[0] == 'none') == (r[2] == 'topic'): err(fn, i, 'kind/topic mismatch')
            c[r[0]] += 1; extra[r[2]] += 1
        elif fn == 'offers.tsv':
            if r[1] not in LANGS: err(fn, i, 'lang', r[1])
            fl = r[0].split(',')
            if fl != ['none']:
                for f in fl:
                    if f not in FLAGS: err(fn, i, 'flag', f)
                c['risky'] += 1
                for f in fl: extra[f] += 1
            else: c['none'] += 1
            extra['lang:'+r[1]] += 1
        elif fn == 'safety.tsv':
            if r[0] not in ('emergency','ordinary'): err(fn, i, 'label', r[0])
            if r[1] not in LANGS: err(fn, i, 'lang', r[1])
            c[r[0]] += 1; extra[r[0]+':'+r[1]] += 1
    print(fn, len(rows), dict(sorted(c.items())))
    if extra: print('   ', dict(sorted(extra.items())))
    if fn == 'questions.tsv':
        missing = TOPICS - set(c) ; print('    topics missing:', missing or 'none')
    if fn == 'offers.tsv':
        missing = FLAGS - set(extra); low = [f for f in FLAGS if extra[f] < 3]
        print('    flags missing:', missing or 'none', ' flags <3:', low or 'none')
dups = [t for t, n in alltexts.items() if n > 1]
if dups: err('duplicate texts', dups)
print('errors:', errors)
sys.exit(1 if errors else 0)
