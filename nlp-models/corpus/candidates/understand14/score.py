import sys
sys.path.insert(0,'/work/measure/peers'); from nlu_metrics import score
o=sys.argv[1]; runs=sys.argv[2:]
keys=[l.rstrip('\n').split('\t') for l in open(o+'/keys')]
preds=[[l.strip() for l in open(f'{o}/pred{r}')] for r in runs]
assert all(len(p)==len(keys) for p in preds),(len(keys),[len(p) for p in preds])
sets=[]; [sets.append(k[0].split()[0]) for k in keys if k[0].split()[0] not in sets]
for s in sets:
    for l in ('all','id','mkn','en'):
        idx=[i for i,k in enumerate(keys) if k[0].split()[0]==s and (l=='all' or k[0].split()[1]==l)]
        print(s,l,*[score([(keys[i][1],p[i]) for i in idx])['macro_f1'] for p in preds])
