#!/usr/bin/env bash
# Builds the benchmarks and runs every pair side by side (JMH), then prints one table of ratios:
# limit time / Strateg time for each pair (see BENCHMARKS.md). Starts its own PostgreSQL from the embedded
# binaries; nothing needs to be installed besides a JDK 17+ and Maven.
#
#   benchmarks/run.sh                 # everything, about 6 minutes on 2 cores
#   benchmarks/run.sh 'City|Html'     # only some benchmarks (a JMH regex), or any other JMH option
#
# JMH's own output goes to benchmarks/target/jmh-run.log.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl benchmarks -am package -DskipTests
# One fork per benchmark; warm-up and measured iterations are set per benchmark class (long single-shot operations
# need fewer, short ones longer warm-up: the 5,000-indicator report and the national run take seconds to settle).
# 2 cores shared with anything else are noisy: read the error bars, and run when the machine is quiet.
exec java -jar benchmarks/target/benchmarks.jar -f 1 -o benchmarks/target/jmh-run.log "$@"
