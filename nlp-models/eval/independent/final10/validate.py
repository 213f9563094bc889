import re,sys,collections,os
D=os.path.dirname(os.path.abspath(__file__))
lab=open('/work/evalsets/LABELS.md').read()
def sect(name):
    s=lab.split('## '+name)[1].split('\n## ')[0]
    return set(re.findall(r'^(?:- )?([a-z_\-]+)(?::| —)',s,re.M))
intents=sect('Intents'); topics=sect('Topics'); flags=sect('Red flags'); langs={'id','mkn','en'}
spec={'intents-id.tsv':['label','text'],'intents-mkn.tsv':['label','text'],'intents-en.tsv':['label','text'],
 'questions.tsv':['topic','question','kind'],'offers.tsv':['flags','lang','text'],'safety.tsv':['label','lang','text']}
err=0
def bad(f,i,m):
    global err; err+=1; print(f'{f}:{i}: {m}')
for f,hdr in spec.items():
    raw=open(os.path.join(D,f),encoding='utf-8').read()
    if '\r' in raw: bad(f,0,'CR found')
    lines=raw.rstrip('\n').split('\n')
    if lines[0].split('\t')!=hdr: bad(f,1,'header')
    texts=collections.Counter(); cnt=collections.Counter()
    for i,l in enumerate(lines[1:],2):
        c=l.split('\t')
        if len(c)!=len(hdr): bad(f,i,f'{len(c)} columns'); continue
        if any(not x.strip() for x in c): bad(f,i,'empty cell')
        r=dict(zip(hdr,c))
        if f.startswith('intents'):
            if r['label'] not in intents: bad(f,i,'label')
            cnt[r['label']]+=1; t=r['text']
        elif f=='questions.tsv':
            if r['topic'] not in topics: bad(f,i,'topic')
            k=r['kind']
            if k not in {'topic','offtopic','nearmiss'} or (k=='topic')!=(r['topic']!='none'): bad(f,i,'kind')
            cnt[(r['topic'] if k=='topic' else 'none/'+k)]+=1; t=r['question']
        elif f=='offers.tsv':
            if r['lang'] not in langs: bad(f,i,'lang')
            fl=r['flags'].split(',')
            if fl!=['none'] and (any(x not in flags for x in fl) or len(set(fl))!=len(fl)): bad(f,i,'flags')
            for x in fl: cnt[x]+=1
            cnt['lang:'+r['lang']+(':clean' if fl==['none'] else ':risky')]+=1; t=r['text']
        else:
            if r['label'] not in {'emergency','ordinary'}: bad(f,i,'label')
            if r['lang'] not in langs: bad(f,i,'lang')
            cnt[r['label']+'/'+r['lang']]+=1; t=r['text']
        texts[t.strip().lower()]+=1
    for t,n in texts.items():
        if n>1: bad(f,0,'duplicate text: '+t[:40])
    print(f, len(lines)-1, 'rows'); 
    for k,v in sorted(cnt.items()): print('   ',k,v)
if f and 'offers.tsv':
    pass
print('errors:',err); sys.exit(1 if err else 0)
