#!/usr/bin/env python3
"""Writes the spent evaluation sets (corpus/spent/sets.txt) as candidate training files.

corpus/spent/train/{id,mkn,en}.spent.tsv  <- eval/independent/SET/intents-LANG.tsv (label, text)
corpus/spent/flags/{id,mkn,en}.spent.tsv  <- eval/independent/SET/offers.tsv (flags, lang, text)

A set's writer knew only the flag ids its own gold uses (LABELS.md grew over the rounds): the
flags it never uses are written as "#! unlabelled:" before its lines, so that its offers teach
neither a yes nor a no to a flag its writer could not label. Run from anywhere; deterministic.
"""
import csv, pathlib, sys

root = pathlib.Path(__file__).resolve().parent.parent.parent
sets = [l.strip() for l in (root / "corpus/spent/sets.txt").read_text().splitlines()
        if l.strip() and not l.startswith("#")]
evald = root / "eval/independent"
langs = ("id", "mkn", "en")

def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    return lines[1:]

all_flags = set()
for s in sets:
    p = evald / s / "offers.tsv"
    if p.exists():
        for r in rows(p):
            all_flags.update(x for x in r[0].split(",") if x != "none")

for lang in langs:
    out = [f"label\ttext"]
    for s in sets:
        p = evald / s / f"intents-{lang}.tsv"
        if p.exists():
            out += [f"{r[0]}\t{r[1]}" for r in rows(p)]
    (root / f"corpus/spent/train/{lang}.spent.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")

for lang in langs:
    out = ["flags\ttext"]
    for s in sets:
        p = evald / s / "offers.tsv"
        if not p.exists():
            continue
        rs = rows(p)
        known = {x for r in rs for x in r[0].split(",") if x != "none"}
        mine = [r for r in rs if r[1] == lang]
        if not mine:
            continue
        out.append(f"# {s}")
        out.append("#! unlabelled: " + ",".join(sorted(all_flags - known)))
        out += [f"{r[0]}\t{r[2]}" for r in mine]
    (root / f"corpus/spent/flags/{lang}.spent.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
print("spent", len(sets), "sets")
