#!/usr/bin/env bash
# Runs the benchmark harness of the spark module (org.carbonledger.spark.bench.SparkInventoryBench, see its javadoc):
# one JVM (record path, batch path) against Spark SQL sum(amount * factor) and carbonledger-spark, on local[2].
# Build first: mvn -q install -DskipTests && mvn -q -pl spark test-compile
# Usage: spark/bench/run.sh ROWS FILES WORKDIR      e.g. spark/bench/run.sh 10000000 8 /tmp/cl-bench
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mapfile -t opens < "$here/spark/launcher/jvm-options"
# shellcheck disable=SC2086
exec "${JAVA:-java}" "${opens[@]}" -Dlog4j2.configurationFile="$here/spark/launcher/log4j2.properties" \
  -Dspark.ui.showConsoleProgress=false ${JAVA_OPTS:-} \
  -cp "$here/spark/target/test-classes:$here/spark/target/classes:$(cat "$here/spark/target/launcher.classpath")" \
  org.carbonledger.spark.bench.SparkInventoryBench "$@"
