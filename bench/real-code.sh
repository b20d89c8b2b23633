#!/usr/bin/env bash
# ormcheck on real open-source JPA code: downloads the sources jar and the dependencies of each
# module below from Maven Central, compiles the sources with javac + Error Prone + every ormcheck
# rule (InternalErrors=note), and prints the findings per rule. Nothing of theirs is kept in this
# repository; the work folder is bench/target/real-code.
# Usage: bash bench/real-code.sh [group:artifact:version[+group:artifact:version...] ...]
# With no argument it runs the modules below. A module may name, after '+', optional
# dependencies it needs to compile (they are on its class path, not in its pom's closure).
# With ORMCHECK_TIMINGS=1 it compiles each module once more, with Error Prone's default checks and
# ormcheck's, and prints Error Prone's per-check timers (bench/CheckTimings.java): ormcheck's share
# of the compilation on real code.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="$root/bench/target/real-code"
mkdir -p "$work"
modules=(
  "org.keycloak:keycloak-model-jpa:26.0.7"
  "org.eclipse.hawkbit:hawkbit-repository-jpa:0.3.0M7"
  "org.apache.syncope.core:syncope-core-persistence-jpa:3.0.0"
  "org.springframework.cloud:spring-cloud-dataflow-server-core:2.11.5+com.h2database:h2:2.1.214"
  "org.springframework.cloud:spring-cloud-skipper-server-core:2.8.0"
  "org.apache.james:apache-james-mailbox-jpa:3.8.1"
)
if [ $# -gt 0 ]; then
  modules=("$@")
fi

mvn -B -q package dependency:build-classpath -pl checker -am -DskipTests \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
checker="$(ls "$(pwd)"/checker/target/ormcheck-checker-*.jar | grep -v -e sources -e javadoc -e tests | head -n 1)"
errorprone="$(tr ':' '\n' < checker/target/bench.cp | grep -v -e junit -e opentest4j -e apiguardian -e compile-testing -e truth -e persistence-api -e /annotations/target | paste -sd: -)"
checks="$(unzip -p "$checker" META-INF/services/com.google.errorprone.bugpatterns.BugChecker | sed 's/.*\.//' | paste -sd, -)"
exports=()
for p in api file main model parser processing tree util; do exports+=("-J--add-exports=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED"); done
for p in code comp; do exports+=("-J--add-opens=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED"); done

timings=""
for spec in "${modules[@]}"; do
  IFS=+ read -r -a parts <<< "$spec"
  module="${parts[0]}"
  IFS=: read -r group artifact version <<< "$module"
  extra=""
  for dependency in "${parts[@]:1}"; do
    IFS=: read -r g a v <<< "$dependency"
    extra+="<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"
  done
  dir="$work/$artifact"
  rm -rf "$dir" && mkdir -p "$dir/src"
  cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>real-code</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>$group</groupId><artifactId>$artifact</artifactId><version>$version</version></dependency>
    $extra
  </dependencies>
</project>
POM
  (cd "$dir" && mvn -B -q dependency:copy-dependencies -DoutputDirectory=lib)
  curl -sSf -o "$dir/sources.jar" \
    "https://repo.maven.apache.org/maven2/${group//.//}/$artifact/$version/$artifact-$version-sources.jar"
  (cd "$dir/src" && unzip -q ../sources.jar && find . -name '*.java' > ../sources.txt)
  cp="$(ls "$dir"/lib/*.jar | grep -v "/$artifact-$version.jar" | paste -sd: -)"
  set +e
  (cd "$dir/src" && javac -J-Xmx4g "${exports[@]}" -XDcompilePolicy=simple --should-stop=ifError=FLOW \
    -Xmaxwarns 100000 -implicit:none -proc:none -d "$dir/classes" -cp "$cp" -processorpath "$errorprone:$checker" \
    "-Xplugin:ErrorProne -XepDisableAllChecks $(for c in ${checks//,/ }; do printf -- '-Xep:%s:WARN ' "$c"; done)-XepOpt:OrmCheck:InternalErrors=note" \
    -Aormcheck.sarifFile="$dir/ormcheck.sarif" @../sources.txt > "$dir/javac.txt" 2>&1)
  status=$?
  set -e
  lines="$(cd "$dir/src" && cat $(cat ../sources.txt) | wc -l)"
  echo "== $module: $(wc -l < "$dir/sources.txt") files, $lines lines, javac exit $status," \
    "$(grep -c 'error:' "$dir/javac.txt") errors, $(grep -c 'ormcheck: internal error' "$dir/javac.txt") internal errors"
  grep -o 'warning: \[[A-Z][A-Za-z]*\]' "$dir/javac.txt" | sort | uniq -c || echo "   no findings"
  if [ -n "${ORMCHECK_TIMINGS:-}" ] && [ "$status" -eq 0 ]; then
    # Default checks that are errors would stop the compilation on others' code: warnings here.
    timings+="$(cd "$dir/src" && java "${exports[@]#-J}" -Xmx4g "$root/bench/CheckTimings.java" "$artifact" ../sources.txt \
      "$cp" "$errorprone:$checker" "$checks" "-Xplugin:ErrorProne -XepAllErrorsAsWarnings" -proc:none 2>&1 | grep '^| ' \
      || echo "| $artifact | timings failed |")"$'\n'
  fi
done
if [ -n "$timings" ]; then
  echo
  echo "| module | that compilation, s | Error Prone's checks, s | ormcheck's checks, s | ormcheck's share of the checks' time | ormcheck's share of the compilation | ms per Error Prone check | ms per ormcheck check | ormcheck's largest, s |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$timings"
fi
echo "Compiler output and SARIF per module: $work/<artifact>/javac.txt, ormcheck.sarif"
