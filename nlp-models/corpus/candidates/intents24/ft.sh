#!/usr/bin/env bash
# fastText with /work/shared/peers/fasttext.sh's settings and normalisation, each run trained once on TRAINDIR
# and predicting every set; scored per set x (all,id,mkn,en) with nlu_metrics.py. Usage: ft.sh TRAINDIR OUT SETS...
set -uo pipefail
TRAIN=$1; OUT=$2; shift 2; mkdir -p $OUT
norm() { tail -n +2 "$1" | tr '[:upper:]' '[:lower:]' | sed -E 's/([.,!?;:()])/ \1 /g'; }
(for l in id mkn en; do norm $TRAIN/$l.tsv; done) | awk -F'\t' '{print "__label__"$1" "$2}' > $OUT/train.txt
: > $OUT/keys; : > $OUT/texts
for s in "$@"; do n=$(basename $s)
  for l in id mkn en; do norm $s/intents-$l.tsv | awk -F'\t' -v k="$n	$l" '{print k"\t"$1 > "/dev/stderr"; print $2}' 2>>$OUT/keys >> $OUT/texts; done
done
for r in 1 2 3; do
  nice fasttext supervised -input $OUT/train.txt -output $OUT/m$r -epoch 50 -lr 0.5 -wordNgrams 2 -minn 2 -maxn 5 -dim 50 -verbose 0 >/dev/null
  fasttext predict $OUT/m$r.bin $OUT/texts | sed 's/__label__//' > $OUT/pred$r
  rm -f $OUT/m$r.bin $OUT/m$r.vec
done
python3 /tmp/i24/ftscore.py $OUT > $OUT/fasttext.tsv
