#!/usr/bin/env bash
# Usage: bench.sh NAME [-D...]  — intent-only bench on the dev sets; table in /tmp/u15/NAME-bench.txt
set -uo pipefail
NAME=$1; shift
cd /work/wt-understand15
CPF=/tmp/u15/cp.txt
[ -f "$CPF" ] || ./mvnw -B -o -q -pl nlp-models dependency:build-classpath -Dmdep.outputFile="$CPF" >/dev/null
nice java -Xmx1500m -Dbench.train=intent "$@" -cp nlp-models/target/classes:$(cat "$CPF") id.migrasiaman.nlp.training.Bench \
  nlp-models/corpus/train ${EVAL:-/tmp/u15/dev} > /tmp/u15/$NAME-bench.txt 2>/tmp/u15/$NAME-bench.err
