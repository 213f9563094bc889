import sys, collections
sys.path.insert(0, '/work/shared/peers'); from nlu_metrics import score
out = sys.argv[1]
keys = [l.rstrip('\n').split('\t') for l in open(out + '/keys')]
print('run\tset\tall\tid\tmkn\ten')
for r in (1, 2, 3):
    preds = [l.strip() for l in open(f'{out}/pred{r}')]
    by = collections.defaultdict(list)
    for (s, lang, gold), p in zip(keys, preds):
        by[(s, lang)].append((gold, p)); by[(s, 'all')].append((gold, p))
    for s in dict.fromkeys(k[0] for k in keys):
        print(r, s, *[score(by[(s, l)])['macro_f1'] for l in ('all', 'id', 'mkn', 'en')], sep='\t')
