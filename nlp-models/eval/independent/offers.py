import json,sys,collections
gold=[l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
pred=[json.loads(l) for l in open(sys.argv[2])]
assert len(gold)==len(pred),(len(gold),len(pred))
tp=fp=fn=0; clean=cleanok=0; risky=riskyany=0
bylang=collections.defaultdict(lambda:[0,0,0])
perflag=collections.defaultdict(lambda:[0,0,0])
for (flags,lang,text),p in zip(gold,pred):
    g=set() if flags=='none' else set(flags.split(','))
    q=set(p.get('flags',[]))
    if not g:
        clean+=1; cleanok+= (len(q)==0)
    else:
        risky+=1; riskyany+= (len(q)>0)
    for f in q|g:
        if f in q and f in g: tp+=1; bylang[lang][0]+=1; perflag[f][0]+=1
        elif f in q: fp+=1; bylang[lang][1]+=1; perflag[f][1]+=1
        else: fn+=1; bylang[lang][2]+=1; perflag[f][2]+=1
P=tp/(tp+fp) if tp+fp else 0; R=tp/(tp+fn) if tp+fn else 0
print(f"flags micro P={P:.3f} R={R:.3f} | risky offers with >=1 flag {riskyany}/{risky} | clean offers unflagged {cleanok}/{clean}")
for l,(a,b,c) in sorted(bylang.items()):
    print(f"  {l}: P={a/(a+b) if a+b else 0:.3f} R={a/(a+c) if a+c else 0:.3f}")
