"""Near-copy check (round 8): every line this round added to the flag corpus or red-flags.yml, and
every line of own8-offers, against every line of every eval set (token Jaccard; must stay < 0.5).
Usage from the project root: python3 nlp-models/eval/own8-offers/overlap.py [BASE_BRANCH]"""
import glob, re, subprocess, sys

base = sys.argv[1] if len(sys.argv) > 1 else "main"
def toks(s): return set(re.findall(r"\w+", s.lower()))
ev = []
for f in sorted(glob.glob("nlp-models/eval/**/*.tsv", recursive=True)):
    if "own8-offers" in f:
        continue
    for l in open(f, encoding="utf-8"):
        t = l.rstrip("\n").split("\t")
        ev.append((toks(max(t, key=len)), max(t, key=len)))
mine = [l.rstrip("\n").split("\t")[-1] for l in list(open("nlp-models/eval/own8-offers/offers.tsv", encoding="utf-8"))[1:]]
diff = subprocess.run(["git", "diff", base, "--", "nlp-models/corpus/flags", "content/red-flags.yml"],
                      capture_output=True, text=True).stdout
mine += [l[1:].split("\t")[-1] for l in diff.split("\n") if l.startswith("+") and not l.startswith("+++")]
best = []
for m in mine:
    tm = toks(m)
    if tm:
        best.append(max((len(tm & e) / len(tm | e), m, txt) for e, txt in ev))
best.sort(reverse=True)
print(f"{len(best)} lines checked against {len(ev)} eval lines; max token-Jaccard {best[0][0]:.3f}; "
      f">= 0.5: {sum(1 for b in best if b[0] >= 0.5)}")
for j, m, e in best[:3]:
    print(f"  {j:.3f} | {m[:80]} || {e[:80]}")
sys.exit(1 if best[0][0] >= 0.5 else 0)
