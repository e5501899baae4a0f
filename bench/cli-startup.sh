#!/bin/sh
# CLI start-up (issue 15.5): whole-process times of the command-line tool, with hyperfine, against a numpy script
# doing the same population simulation (bench/cli/population.py), in one run.
#
#   ./mvnw -q package -DskipTests      # builds target/baclo.jar and target/baclo-cli/ (extracted jar + CDS archive)
#   bench/cli-startup.sh [RUNS]        # default 20 runs each after 3 warm-ups
#
# Needs hyperfine (apt-get install hyperfine) and python3 with numpy. Writes bench/cli/out/cli-startup.{md,json}
# (not committed). The figures and the targets are in docs/benchmarks.md ("CLI start-up").
set -eu
cd "$(dirname "$0")/.."
runs=${1:-20}
[ -f target/baclo-cli/baclo.jsa ] || { echo "target/baclo-cli/baclo.jsa is missing: run ./mvnw -q package -DskipTests" >&2; exit 1; }
mkdir -p bench/cli/out
patient="--age 45 --sex male --weight-kg 80 --creatinine-mg-dl 1.0"
population="--dose-mg 20 --every-h 8 --days 28 --crcl-ml-min 40 --population 10000 --seed 1"
hyperfine -N --warmup 3 --runs "$runs" \
    --export-markdown bench/cli/out/cli-startup.md --export-json bench/cli/out/cli-startup.json \
    -n "bin/baclo plan titrate" "bin/baclo plan titrate $patient --target-mg-day 60" \
    -n "bin/baclo info faq" "bin/baclo info faq" \
    -n "bin/baclo simulate --population 10000" "bin/baclo simulate $population" \
    -n "numpy population (10000)" "python3 bench/cli/population.py 10000 1" \
    -n "java -jar: plan titrate" "java -jar target/baclo.jar plan titrate $patient --target-mg-day 60" \
    -n "java -jar: info faq" "java -jar target/baclo.jar info faq" \
    -n "java -jar: simulate --population 10000" "java -jar target/baclo.jar simulate $population"
echo
cat bench/cli/out/cli-startup.md
