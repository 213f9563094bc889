#!/usr/bin/env bash
# Usage (from the project root): nlp-models/eval/independent/measure.sh bot/target/bot.jar nlp-models/eval/independent/w1 /tmp/out
# Then: python3 nlp-models/eval/independent/offers.py /tmp/out/tmp/offers-gold.tsv /tmp/out/offers-classify.jsonl
#  — intents (per language), questions, offers (flags) of one independent set
set -uo pipefail
JAR=$1; SET=$2; OUT=$3; mkdir -p $OUT/tmp
for l in id mkn en; do [ -f $SET/intents-$l.tsv ] && cp $SET/intents-$l.tsv $OUT/tmp/$l.tsv; done
java -jar $JAR eval $OUT/tmp/id.tsv $OUT/tmp/mkn.tsv $OUT/tmp/en.tsv > $OUT/intents.txt 2>/dev/null
if [ -f $SET/questions.tsv ]; then
  (echo -e "topic\tquestion"; tail -n +2 $SET/questions.tsv | cut -f1,2) > $OUT/tmp/questions.tsv
  java -jar $JAR eval-answers $OUT/tmp/questions.tsv > $OUT/answers.txt 2>/dev/null
  # near-miss only
  (echo -e "topic\tquestion"; tail -n +2 $SET/questions.tsv | awk -F'\t' '$3=="nearmiss"' | cut -f1,2) > $OUT/tmp/nearmiss.tsv
  java -jar $JAR eval-answers $OUT/tmp/nearmiss.tsv > $OUT/nearmiss.txt 2>/dev/null
  tail -n +2 $SET/questions.tsv | cut -f2 | java -jar $JAR classify > $OUT/questions-classify.jsonl 2>/dev/null
  tail -n +2 $SET/questions.tsv > $OUT/tmp/questions-gold.tsv
fi
if [ -f $SET/offers.tsv ]; then
  tail -n +2 $SET/offers.tsv | cut -f3 | java -jar $JAR classify > $OUT/offers-classify.jsonl 2>/dev/null
  tail -n +2 $SET/offers.tsv > $OUT/tmp/offers-gold.tsv
fi
