"""Near-copy check (round 10): every line this branch added to the flag corpus or red-flags.yml against
every line of every eval set, own10 included (token Jaccard; must stay < 0.5). From the project root:
python3 nlp-models/eval/own10-offers/overlap.py"""
import glob,re,subprocess
def toks(s): return set(re.findall(r"\w+", s.lower()))
ev=[]
for f in sorted(glob.glob("nlp-models/eval/**/*.tsv", recursive=True)):
    for l in open(f, encoding="utf-8"):
        t=l.rstrip("\n").split("\t"); ev.append((toks(max(t,key=len)), f.split('/')[-2], max(t,key=len)))
diff=subprocess.run(["git","diff","main","--","nlp-models/corpus/flags","content/red-flags.yml"],capture_output=True,text=True).stdout
mine=[l[1:].split("\t")[-1] for l in diff.split("\n") if l.startswith("+") and not l.startswith("+++") and not l.startswith("+#")]
best=sorted((max((len(toks(m)&e)/len(toks(m)|e),s,t) for e,s,t in ev),m) for m in mine if toks(m))
best.reverse()
print(len(best),"lines vs",len(ev),"eval lines; max",round(best[0][0][0],3),">=0.5:",sum(b[0][0]>=0.5 for b in best))
for (j,s,t),m in best[:5]: print(f" {j:.3f} [{s}] {m[:70]} || {t[:70]}")
