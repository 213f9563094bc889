#!/usr/bin/env python3
"""near_copies.py NEWFILE... : token-Jaccard of each new corpus line (label<TAB>text) against every line of
every eval file (nlp-models/eval/**.tsv, bot/src/test/resources/safety/*.tsv); prints pairs >= 0.4
and the maximum. Run from the project root."""
import sys,re,glob
tok=lambda s:set(re.findall(r'\w+',s.lower()))
ev=[]
for f in glob.glob('nlp-models/eval/**/*.tsv',recursive=True)+glob.glob('bot/src/test/resources/safety/*.tsv'):
    for l in open(f,encoding='utf-8'):
        t=tok(l)
        if len(t)>=3: ev.append((f,l.strip(),t))
worst=0; bad=0; n=0
for nf in sys.argv[1:]:
    for l in open(nf,encoding='utf-8'):
        if '\t' not in l: continue
        text=l.split('\t',1)[1].strip(); a=tok(text); n+=1
        best=(0,None)
        for f,el,b in ev:
            j=len(a&b)/len(a|b)
            if j>best[0]: best=(j,(f,el))
        worst=max(worst,best[0])
        if best[0]>=0.4:
            print(f"{best[0]:.2f}\t{text}\n\t{best[1][0]}: {best[1][1]}")
        if best[0]>=0.5: bad+=1
print(f"checked {n} lines against {len(ev)} eval lines: max Jaccard {worst:.3f}, {bad} >= 0.5")
