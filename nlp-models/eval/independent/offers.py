import json,sys,collections
gold=[l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
pred=[json.loads(l) for l in open(sys.argv[2])]
# The writers label with the 13 flags of their brief (LABELS.md). A flag added to red-flags.yml
# later (e.g. moratorium-domestic-work) cannot be right or wrong against their labels: it is
# counted apart, not as a false positive; a clean offer that gets one is still "flagged".
SCORED={'visit-visa','upfront-fees','documents-held','cash-to-family','underage-or-forged',
        'no-contract','irregular-route','fast-departure','social-media-recruitment',
        'unlicensed-agency','official-photos','held-before-departure','online-scam'}
# A flag added later is scored with --all-flags, but only on a set whose gold uses it: that set's
# writer had it in LABELS.md (w10, final8 and later had moratorium-domestic-work and
# local-job-then-abroad; no writer has had hidden-from-family or official-impersonation yet). On an
# older set it is counted apart like any flag outside the writer's labels (offers14, round 14:
# before, --all-flags scored the two round-11 flags as false positives on w1-w9 and final-final7).
if '--all-flags' in sys.argv[3:]:
    used={f for flags,_,_ in gold if flags!='none' for f in flags.split(',')}
    SCORED|=used
unscored=collections.Counter()
assert len(gold)==len(pred),(len(gold),len(pred))
tp=fp=fn=0; clean=cleanok=0; risky=riskyany=0
bylang=collections.defaultdict(lambda:[0,0,0])
perflag=collections.defaultdict(lambda:[0,0,0])
for (flags,lang,text),p in zip(gold,pred):
    g=set() if flags=='none' else set(flags.split(','))
    allq=set(p.get('flags',[]))
    for f in allq-SCORED: unscored[(f,'risky' if flags!='none' else 'clean')]+=1
    q=allq&SCORED
    if not g:
        clean+=1; cleanok+= (len(allq)==0)
    else:
        risky+=1; riskyany+= (len(allq)>0)
    for f in q|g:
        if f in q and f in g: tp+=1; bylang[lang][0]+=1; perflag[f][0]+=1
        elif f in q: fp+=1; bylang[lang][1]+=1; perflag[f][1]+=1
        else: fn+=1; bylang[lang][2]+=1; perflag[f][2]+=1
P=tp/(tp+fp) if tp+fp else 0; R=tp/(tp+fn) if tp+fn else 0
print(f"flags micro P={P:.3f} R={R:.3f} | risky offers with >=1 flag {riskyany}/{risky} | clean offers unflagged {cleanok}/{clean}")
if unscored: print("  flags outside the writers' labels (not scored):", dict(unscored))
for l,(a,b,c) in sorted(bylang.items()):
    print(f"  {l}: P={a/(a+b) if a+b else 0:.3f} R={a/(a+c) if a+c else 0:.3f}")
if '-v' in sys.argv[3:]:
    for f,(a,b,c) in sorted(perflag.items()):
        print(f"  {f}: tp={a} fp={b} fn={c}")
