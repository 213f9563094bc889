import re, sys, collections, os
D = os.path.dirname(os.path.abspath(__file__))
L = open('/work/evalsets/LABELS.md', encoding='utf-8').read()
def section(name):
    m = re.search(r'## ' + name + r'.*?\n(.*?)(\n## |\Z)', L, re.S)
    return re.findall(r'^(?:- )?([a-z][a-z_\-]*)(?::| \u2014)', m.group(1), re.M)
INT, TOP, FLG = set(section('Intents')), set(section('Topics')), set(section('Red flags'))
LANGS = {'id','mkn','en'}
spec = {
 'intents-id.tsv': (['label','text'], lambda r: r[0] in INT),
 'intents-mkn.tsv': (['label','text'], lambda r: r[0] in INT),
 'intents-en.tsv': (['label','text'], lambda r: r[0] in INT),
 'questions.tsv': (['topic','question','kind'], lambda r: (r[0] in TOP) and ((r[0]=='none') == (r[2] in ('offtopic','nearmiss'))) and r[2] in ('topic','offtopic','nearmiss')),
 'offers.tsv': (['flags','lang','text'], lambda r: r[1] in LANGS and (r[0]=='none' or all(f in FLG for f in r[0].split(','))) and len(set(r[0].split(',')))==len(r[0].split(','))),
 'safety.tsv': (['label','lang','text'], lambda r: r[0] in ('emergency','ordinary') and r[1] in LANGS),
}
ok = True; alltexts = collections.Counter()
for fn,(hdr,chk) in spec.items():
    raw = open(os.path.join(D,fn), encoding='utf-8').read()
    assert raw.endswith('\n') and '\r' not in raw, fn
    lines = raw.split('\n')[:-1]
    if lines[0].split('\t') != hdr: print(fn,'bad header'); ok=False
    c = collections.Counter()
    for i,l in enumerate(lines[1:],2):
        r = l.split('\t')
        if not l.strip() or len(r)!=len(hdr) or not all(x.strip()==x and x for x in r) or not chk(r):
            print(fn,i,'BAD',repr(l)); ok=False; continue
        t = (r[1] if fn=='questions.tsv' else r[-1]).lower(); alltexts[t]+=1
        if fn=='offers.tsv':
            for f in r[0].split(','): c[f]+=1
            c['lang:'+r[1]]+=1
        elif fn=='questions.tsv': c[r[0]]+=1; c['kind:'+r[2]]+=1
        elif fn=='safety.tsv': c[r[0]]+=1; c[r[0]+':'+r[1]]+=1
        else: c[r[0]]+=1
    print(fn, len(lines)-1, dict(sorted(c.items())))
    if fn.startswith('intents'):
        miss = [x for x in INT if c[x]<7]
        if miss: print('  <7:',miss); ok=False
    if fn=='questions.tsv':
        miss=[x for x in TOP if x!='none' and c[x]<2]
        if miss or c['none']<22: print('  missing',miss,c['none']); ok=False
    if fn=='offers.tsv':
        miss=[x for x in FLG if c[x]<4]
        if miss: print('  <4:',miss); ok=False
dups=[t for t,n in alltexts.items() if n>1]
if dups: print('DUP',dups); ok=False
print('INTENTS',sorted(INT)); print('N topics',len(TOP)-1,'N flags',len(FLG))
print('OK' if ok else 'FAIL'); sys.exit(0 if ok else 1)
