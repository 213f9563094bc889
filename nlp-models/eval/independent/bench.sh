#!/usr/bin/env bash
# Usage (from the project root, after `./mvnw -B -o -q -pl nlp-models install -DskipTests`):
#   nlp-models/eval/independent/bench.sh [-Dintent.KEY=VALUE ...] [-Drelevance.KEY=VALUE ...]
# Trains intent + relevance on corpus/train with the params (and overrides), scores every set here.
set -euo pipefail
CPF=${CPF:-/tmp/nlp-bench-cp.txt}
[ -f "$CPF" ] || ./mvnw -B -o -q -pl nlp-models dependency:build-classpath -Dmdep.outputFile="$CPF" >/dev/null
java -Xmx1g "$@" -cp nlp-models/target/classes:$(cat "$CPF") id.migrasiaman.nlp.training.Bench \
  nlp-models/corpus/train nlp-models/eval/independent
