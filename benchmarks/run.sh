#!/usr/bin/env bash
# Builds the benchmarks and runs every pair side by side (JMH), then prints one table of ratios:
# limit time / Strateg time for each pair (see BENCHMARKS.md). Starts its own PostgreSQL from the embedded
# binaries; nothing needs to be installed besides a JDK 17+ and Maven.
#
#   benchmarks/run.sh                 # everything, about 6-9 minutes on 2 cores
#   benchmarks/run.sh 'City|Html'     # only some benchmarks (a JMH regex), or any other JMH option
#
# JMH's own output goes to benchmarks/target/jmh-run.log.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl benchmarks -am package -DskipTests
# 2 cores are noisy: one fork, 2 warm-up and 3 measured iterations per benchmark; JMH prints the error bars.
exec java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3 -o benchmarks/target/jmh-run.log "$@"
