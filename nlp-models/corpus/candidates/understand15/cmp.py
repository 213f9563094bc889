import sys,re,collections
o='/tmp/u15/ft-base'
keys=[l.rstrip('\n').split('\t') for l in open(o+'/keys')]
texts=[l.rstrip('\n') for l in open(o+'/texts')]
preds=[[l.strip() for l in open(f'{o}/pred{r}')] for r in (1,2,3)]
def norm(t): return re.sub(r'([.,!?;:()])',r' \1 ',t.lower())
ft={}
for i,k in enumerate(keys):
    s,l=k[0].split(); 
    if s in ('w11','w12','w13'): continue
    votes=collections.Counter(p[i] for p in preds).most_common(1)[0][0]
    ft[(s,l,texts[i].strip())]=(k[1],votes)
ours=set()
rows=[]
for line in open(sys.argv[1]):
    f=line.rstrip('\n').split('\t')
    s,l,g,p,c,r,t=f[0],f[1],f[2],f[3],f[4],f[5],f[6]
    key=(s,l,norm(t).strip())
    ours.add(key)
    fg,fp=ft.get(key,(None,None))
    rows.append((s,l,g,p,c,r,fp,t))
both=sum(1 for r in rows if r[6] is not None and r[6]!=r[2]); onlyus=sum(1 for r in rows if r[6]==r[2])
onlyft=sum(1 for k,(g,p) in ft.items() if p!=g and k not in ours)
print('our misses',len(rows),'ft also wrong',both,'ft right',onlyus,'| ft misses we get right',onlyft, 'unmatched', sum(1 for r in rows if r[6] is None))
if len(sys.argv)>2:
    for r in rows:
        if r[6]==r[2]: print('\t'.join(r))
