#!/usr/bin/env python3
"""Validate the w11 evaluation TSVs against /work/evalsets/LABELS.md."""
import re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels_md = open("/work/evalsets/LABELS.md", encoding="utf8").read()
def section(title):
    m = re.search(r"## " + title + r"[^\n]*\n(.*?)(?=\n## |\Z)", labels_md, re.S)
    return set(re.findall(r"^(?:- )?([a-z0-9_-]+)(?::| —)", m.group(1), re.M))
INTENTS, LANGS, TOPICS, FLAGS = section("Intents"), section("Languages"), section("Topics"), section("Red flags")
TOPICS.add("none")
spec = {
  "intents-id.tsv": (["label","text"], {"label": INTENTS}),
  "intents-mkn.tsv": (["label","text"], {"label": INTENTS}),
  "intents-en.tsv": (["label","text"], {"label": INTENTS}),
  "questions.tsv": (["topic","question","kind"], {"topic": TOPICS, "kind": {"topic","offtopic","nearmiss"}}),
  "offers.tsv": (["flags","lang","text"], {"lang": LANGS}),
  "safety.tsv": (["label","lang","text"], {"label": {"emergency","ordinary"}, "lang": LANGS}),
}
errors = 0
def err(msg):
    global errors; errors += 1; print("ERROR", msg)
alltexts = collections.Counter()
for fn, (header, allowed) in spec.items():
    raw = open(os.path.join(HERE, fn), encoding="utf8").read()
    if not raw.endswith("\n"): err(f"{fn}: no final newline")
    lines = raw.split("\n")[:-1]
    if lines[0].split("\t") != header: err(f"{fn}: bad header {lines[0]!r}")
    counts = collections.Counter()
    for i, line in enumerate(lines[1:], 2):
        if not line.strip(): err(f"{fn}:{i}: blank line"); continue
        cells = line.split("\t")
        if len(cells) != len(header): err(f"{fn}:{i}: {len(cells)} columns"); continue
        row = dict(zip(header, cells))
        for k, v in row.items():
            if not v.strip(): err(f"{fn}:{i}: empty {k}")
            if v != v.strip(): err(f"{fn}:{i}: surrounding whitespace in {k}")
        for k, ok in allowed.items():
            if row[k] not in ok: err(f"{fn}:{i}: unknown {k} {row[k]!r}")
        if fn == "offers.tsv":
            fl = row["flags"].split(",")
            if fl != ["none"]:
                for f in fl:
                    if f not in FLAGS: err(f"{fn}:{i}: unknown flag {f!r}")
                if len(set(fl)) != len(fl): err(f"{fn}:{i}: repeated flag")
                for f in fl: counts["flag:"+f] += 1
                counts["risky"] += 1
            else: counts["clean(none)"] += 1
            counts["lang:"+row["lang"]] += 1
        if fn == "questions.tsv":
            if (row["topic"] == "none") != (row["kind"] != "topic"): err(f"{fn}:{i}: topic/kind mismatch")
            counts["topic:"+row["topic"]] += 1; counts["kind:"+row["kind"]] += 1
        if fn.startswith("intents"): counts[row["label"]] += 1
        if fn == "safety.tsv": counts[row["label"]+"/"+row["lang"]] += 1
        text = cells[-1] if fn != "questions.tsv" else row["question"]
        key = re.sub(r"\W+", " ", text.lower()).strip()
        alltexts[key] += 1
    print(f"== {fn}: {len(lines)-1} rows")
    for k, v in sorted(counts.items()): print(f"   {k}: {v}")
for t, n in alltexts.items():
    if n > 1: err(f"duplicate text across files: {t!r}")
if FLAGS:
    pass
print("errors:", errors)
sys.exit(1 if errors else 0)
