# Compare OpenNLP (bench misses) and fastText (best run per set) per label and language on dev sets.
import sys, collections
sys.path.insert(0, '/work/shared/peers'); from nlu_metrics import score
FT = sys.argv[1]; MISSES = sys.argv[2]; DEV = sys.argv[3].split(',')
D = '/work/wt-intents24/nlp-models/eval/independent'
def norm(t): return ' '.join(t.lower().replace('.', ' . ').replace(',', ' , ').replace('!', ' ! ').replace('?', ' ? ').replace(';',' ; ').replace(':',' : ').replace('(',' ( ').replace(')',' ) ').split())
miss = {}
for l in open(MISSES, encoding='utf-8'):
    s, lang, gold, pred, conf, rel, text = l.rstrip('\n').split('\t', 6)
    miss[(s, lang, text)] = pred
# gold lines in order
ours = collections.defaultdict(list)  # (set,lang) -> [(gold,pred,text)]
for s in DEV:
    for lang in ('id', 'mkn', 'en'):
        for line in open(f'{D}/{s}/intents-{lang}.tsv', encoding='utf-8').read().split('\n')[1:]:
            if not line.strip(): continue
            g, t = line.split('\t', 1)
            ours[(s, lang)].append((g, miss.get((s, lang, t), g), t))
keys = [l.rstrip('\n').split('\t') for l in open(FT + '/keys')]
ft = {}
for r in (1, 2, 3):
    preds = [l.strip() for l in open(f'{FT}/pred{r}')]
    d = collections.defaultdict(list)
    for (s, lang, g), p in zip(keys, preds): d[(s, lang)].append((g, p))
    ft[r] = d
# check alignment
for k, v in ours.items():
    assert len(v) == len(ft[1][k]), k
    assert [g for g, _, _ in v] == [g for g, _ in ft[1][k]], k
print('set\tlang\tours\tft_best\tmargin')
tot = collections.defaultdict(float)
lab = collections.defaultdict(float)  # (lang,label) -> sum of (ours F1 - bestrun F1)
both = collections.Counter(); conf_ours = collections.Counter(); conf_ft = collections.Counter()
for s in DEV:
    for lang in ('all', 'id', 'mkn', 'en'):
        langs = ('id', 'mkn', 'en') if lang == 'all' else (lang,)
        o = [(g, p) for L in langs for g, p, _ in ours[(s, L)]]
        so = score(o)
        runs = [(score([x for L in langs for x in ft[r][(s, L)]]), r) for r in (1, 2, 3)]
        sb, rb = max(runs, key=lambda x: x[0]['macro_f1'])
        print(s, lang, so['macro_f1'], sb['macro_f1'], round(so['macro_f1'] - sb['macro_f1'], 3), sep='\t')
        tot[lang] += so['macro_f1'] - sb['macro_f1']
        if lang != 'all':
            for lb in so['per_label']:
                if so['per_label'][lb]['n']:
                    lab[(lang, lb)] += so['per_label'][lb]['f1'] - sb['per_label'].get(lb, {'f1': 0})['f1']
            for i, (g, p, t) in enumerate(ours[(s, lang)]):
                fts = [ft[r][(s, lang)][i][1] for r in (1, 2, 3)]
                ftok = sum(x == g for x in fts) >= 2
                if p != g and ftok: conf_ours[(lang, g, p)] += 1
                if p == g and not ftok: conf_ft[(lang, g, collections.Counter(fts).most_common(1)[0][0])] += 1
print('\nmean margin per lang', {k: round(v / len(DEV), 4) for k, v in tot.items()})
print('\nsum over sets of per-label F1 margin (ours - best run):')
for k, v in sorted(lab.items(), key=lambda x: x[1]): print(k, round(v, 2))
print('\nours wrong, fastText (>=2 runs) right: lang gold -> ours', sum(conf_ours.values()))
for k, v in conf_ours.most_common(40): print(v, *k)
print('\nours right, fastText wrong:', sum(conf_ft.values()))
for k, v in conf_ft.most_common(20): print(v, *k)
