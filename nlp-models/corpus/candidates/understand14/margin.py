import sys
def bench(p):
    d={}
    for l in open(p):
        f=l.split('\t')
        if len(f)>=10 and f[0]!='set' and f[1]!='0':
            d[f[0]]={'all':float(f[2]),'en':float(f[3]),'id':float(f[4]),'mkn':float(f[5])}
    return d
def peers(*ps):
    d={}
    for p in ps:
        for l in open(p):
            f=l.split()
            if len(f)<3 or f[0].startswith('#'): continue
            d.setdefault((f[0],f[1]),[]).extend(float(x) for x in f[2:])
    return d
b0=bench(sys.argv[1]); b1=bench(sys.argv[2])
p0=peers(*sys.argv[3].split(',')); p1=peers(sys.argv[4])
sets=sorted(b0,key=lambda s:(s[0],int(''.join(c for c in s if c.isdigit()) or 0)))
print('| set | ours all (en / id / mkn) before → after | best fastText all before → after | margin all · en · id · mkn, before → after |')
print('|---|---|---|---|')
agg={k:[[],[]] for k in ('all','en','id','mkn')}
for s in sets:
    m0={k:b0[s][k]-max(p0[(s,k)]) for k in agg}; m1={k:b1[s][k]-max(p1[(s,k)]) for k in agg}
    if s not in ('w11','w12'):
        for k in agg: agg[k][0].append(m0[k]); agg[k][1].append(m1[k])
    f=lambda m:' · '.join(f"{m[k]*100:+.1f}" for k in ('all','en','id','mkn'))
    print(f"| {s} | {b0[s]['all']:.3f} ({b0[s]['en']:.3f} / {b0[s]['id']:.3f} / {b0[s]['mkn']:.3f}) → {b1[s]['all']:.3f} ({b1[s]['en']:.3f} / {b1[s]['id']:.3f} / {b1[s]['mkn']:.3f}) | {max(p0[(s,'all')]):.3f} → {max(p1[(s,'all')]):.3f} | {f(m0)} → {f(m1)} |")
print('mean margin over dev sets, before -> after:', {k:(round(sum(v[0])/len(v[0])*100,1),round(sum(v[1])/len(v[1])*100,1)) for k,v in agg.items()})
print('dev sets >= 3 points ahead (all):', sum(1 for x in agg['all'][0] if x>=0.03),'->',sum(1 for x in agg['all'][1] if x>=0.03),'of',len(agg['all'][0]))
for k in ('en','id','mkn'): print(k,'sets behind best fastText:',sum(1 for x in agg[k][0] if x<0),'->',sum(1 for x in agg[k][1] if x<0))
