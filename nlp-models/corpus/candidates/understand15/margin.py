import sys
# margin.py BENCH FT [BASEBENCH] : per set ours vs best fastText (all/en/id/mkn)
def bench(p):
    d={}
    for l in open(p):
        f=l.rstrip('\n').split('\t')
        if len(f)>=10 and f[0]!='set' and f[1]!='0':
            d[f[0]]={'all':float(f[2]),'en':float(f[3]),'id':float(f[4]),'mkn':float(f[5]),'eP':float(f[6]),'eR':float(f[7]),'oos':float(f[8])}
    return d
def ft(p):
    d={}
    for l in open(p):
        f=l.split()
        if len(f)<3 or f[0].startswith('#'): continue
        d[(f[0],f[1])]=max(float(x) for x in f[2:])
    return d
b=bench(sys.argv[1]); F=ft(sys.argv[2]); b0=bench(sys.argv[3]) if len(sys.argv)>3 else None
K=('all','en','id','mkn')
agg={k:[] for k in K}; d0={k:[] for k in K}
order=sorted(b,key=lambda s:(s[0],int(''.join(c for c in s if c.isdigit()) or 0)))
for s in order:
    m={k:(b[s][k]-F[(s,k)])*100 for k in K}
    for k in K: agg[k].append(m[k])
    line=f"{s:8} ours {b[s]['all']:.3f} ({b[s]['en']:.3f}/{b[s]['id']:.3f}/{b[s]['mkn']:.3f}) ft {F[(s,'all')]:.3f} margin "+' '.join(f"{m[k]:+5.1f}" for k in K)+f"  eP/R {b[s]['eP']:.3f}/{b[s]['eR']:.3f} oos {b[s]['oos']:.3f}"
    if b0 and s in b0:
        line+="  Δours "+' '.join(f"{(b[s][k]-b0[s][k])*100:+5.1f}" for k in K)
        for k in K: d0[k].append((b[s][k]-b0[s][k])*100)
    print(line)
n=len(order)
print('mean ours', ' '.join(f"{k} {sum(b[s][k] for s in order)/n:.4f}" for k in K))
print('mean margin', ' '.join(f"{k} {sum(v)/n:+.2f}" for k,v in agg.items()))
print('min margin', ' '.join(f"{k} {min(v):+.1f}" for k,v in agg.items()), ' sets >=+3 (all):', sum(1 for x in agg['all'] if x>=3), 'of', n, ' behind (all/en/id/mkn):', [sum(1 for x in agg[k] if x<0) for k in K])
print('mean eP', f"{sum(b[s]['eP'] for s in order)/n:.3f}", 'eR', f"{sum(b[s]['eR'] for s in order)/n:.3f}", 'oos', f"{sum(b[s]['oos'] for s in order)/n:.3f}")
if b0:
    print('vs base: sets down >0.5 (all):', [s for s in order if s in b0 and (b[s]['all']-b0[s]['all'])*100<=-0.5])
