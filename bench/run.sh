#!/usr/bin/env bash
# The benchmark: javac with and without ormcheck on generated code bases and on the test-corpus.
# Usage: bash bench/run.sh [sizes (lines, comma-separated; default 10000,100000)] [runs (default 5)]
# 500k lines: bash bench/run.sh 10000,100000,500000
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-10000,100000}"
runs="${2:-5}"
work="$(pwd)/bench/target"
rm -rf "$work" && mkdir -p "$work"

# One Maven session, so that the class paths point at this build's own jars (nothing installed).
mvn -B -q -DskipTests package dependency:build-classpath -pl test-corpus -am \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
checker="$(ls checker/target/ormcheck-checker-*.jar | grep -v -e sources -e javadoc -e tests | head -n 1)"
# The application's class path: the corpus's, without the checker and the test tools.
compile_cp="$(tr ':' '\n' < test-corpus/target/bench.cp | grep -v -e /checker/target -e junit -e opentest4j -e apiguardian | paste -sd: -)"
# Error Prone and its dependencies: the checker module's test class path minus test-only tools.
errorprone="$(tr ':' '\n' < checker/target/bench.cp | grep -v -e junit -e opentest4j -e apiguardian -e compile-testing -e truth -e persistence-api -e /annotations/target | paste -sd: -)"

sources=()
IFS=',' read -ra wanted <<< "$sizes"
for size in "${wanted[@]}"; do
  java bench/Generate.java "$work/gen-$size" "$size" 42
  sources+=("$work/gen-$size")
done
sources+=("$(pwd)/test-corpus/src/main/java")

java bench/Bench.java "$work" "$compile_cp" "$errorprone" "$checker" "$runs" docs/performance.md "${sources[@]}"
echo "Wrote docs/performance.md"
