#!/usr/bin/env bash
# The benchmark: javac and Maven with and without ormcheck, on generated code bases and on the
# test-corpus. Usage: bash bench/run.sh [sizes (lines, comma-separated; default 10000,100000,500000)] [runs (default 5)]
# Takes 90 to 120 minutes on 2 cores at the default sizes; bash bench/run.sh 10000,100000 for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-10000,100000,500000}"
runs="${2:-5}"
work="$(pwd)/bench/target"
rm -rf "$work" && mkdir -p "$work"

# One Maven session, so that the class paths point at this build's own jars. The Maven plugin goes
# into a private repository (maven-plugin/target/local-repo, as for its integration tests), not ~/.m2.
mvn -B -q verify dependency:build-classpath -pl test-corpus,maven-plugin -am \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dinvoker.test=none \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
repo="$(pwd)/maven-plugin/target/local-repo"
annotations="$(ls annotations/target/ormcheck-annotations-*.jar | grep -v -e sources -e javadoc | head -n 1)"
version="$(basename "$annotations" .jar | sed 's/^ormcheck-annotations-//')"
mkdir -p "$repo/io/github/ormcheck/ormcheck-annotations/$version"
cp "$annotations" "$repo/io/github/ormcheck/ormcheck-annotations/$version/"
cp annotations/pom.xml "$repo/io/github/ormcheck/ormcheck-annotations/$version/ormcheck-annotations-$version.pom"
# Everything else comes from the local repository of the build that runs this (~/.m2).
sed "s|@localRepositoryUrl@|file://$HOME/.m2/repository|" maven-plugin/src/it/settings.xml > "$work/settings.xml"

checker="$(ls checker/target/ormcheck-checker-*.jar | grep -v -e sources -e javadoc -e tests | head -n 1)"
processor="$(ls processor/target/ormcheck-processor-*.jar | grep -v -e sources -e javadoc -e tests | head -n 1)"
# Error Prone and its dependencies: the checker module's test class path minus test-only tools.
errorprone="$(tr ':' '\n' < checker/target/bench.cp | grep -v -e junit -e opentest4j -e apiguardian -e compile-testing -e truth -e persistence-api -e /annotations/target | paste -sd: -)"
# The application's class path: the corpus's, without the checker, Error Prone and the test tools.
tr ':' '\n' <<< "$errorprone" > "$work/errorprone.list"
compile_cp="$(tr ':' '\n' < test-corpus/target/bench.cp | grep -v -x -F -f "$work/errorprone.list" \
  | grep -v -e /checker/target -e /processor/ -e junit -e opentest4j -e apiguardian | paste -sd: -)"

sources=()
IFS=',' read -ra wanted <<< "$sizes"
for size in "${wanted[@]}"; do
  java test-corpus/src/test/java/io/github/ormcheck/corpus/scale/Generate.java "$work/gen-$size" "$size" 42
  sources+=("$work/gen-$size")
done
sources+=("$(pwd)/test-corpus/src/main/java")

# As many Error Prone checks as ormcheck has, matching the same trees and doing nothing: the cost of
# registering the checks, apart from their analysis.
java -cp "$errorprone" bench/NoopChecks.java "$checker" "$work/noop-checks.jar" "$work"

java bench/Bench.java "$work" "$compile_cp" "$errorprone" "$checker:$processor:$work/noop-checks.jar" "$runs" docs/performance.md \
  "$repo" "$work/settings.xml" "${sources[@]}"
echo "Wrote docs/performance.md"
