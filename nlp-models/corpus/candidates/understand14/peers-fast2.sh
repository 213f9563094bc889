#!/usr/bin/env bash
# fastText as in /work/measure/peers.sh (same settings, same nlu_metrics.py), fastText only: each of the
# 3 runs is trained ONCE on TRAINDIR/*.tsv and predicts every set's lines in one call; prints only
# macro-F1 per set x (all, id, mkn, en). Usage: SETS="dir ..." peers-fast.sh TRAINDIR OUTDIR
set -uo pipefail
TRAIN=$1; OUT=$2; mkdir -p $OUT; P=/work/measure/peers
norm() { tail -n +2 "$1" | tr '[:upper:]' '[:lower:]' | sed -E 's/([.,!?;:()])/ \1 /g'; }
(for f in $TRAIN/*.tsv; do norm $f; done) | awk -F'\t' '{print "__label__"$1" "$2}' > $OUT/train.txt
: > $OUT/keys; : > $OUT/texts
for s in $SETS; do s=$(realpath $s); n=$(basename $s)
  for l in id mkn en; do norm $s/intents-$l.tsv | awk -F'\t' -v k="$n $l" '{print k"\t"$1 > "/dev/stderr"; print $2}' 2>>$OUT/keys >> $OUT/texts; done
done
for r in ${RUNS:-1 2 3}; do
  fasttext supervised -input $OUT/train.txt -output $OUT/m$r -epoch 50 -lr 0.5 -wordNgrams 2 -minn 2 -maxn 5 -dim 50 -verbose 0 >/dev/null
  fasttext predict $OUT/m$r.bin $OUT/texts | sed 's/__label__//' > $OUT/pred$r
  rm -f $OUT/m$r.bin $OUT/m$r.vec
done
