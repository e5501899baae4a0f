#!/usr/bin/env bash
# Baclo against deSolve (lsoda) on the benchmark regimen for the same virtual patients: accuracy and time.
# Usage (from the repository root): bench/pk/compare.sh [N_PATIENTS] [SEED]
# Needs: bench/target/benchmarks.jar (./mvnw -f bench/pom.xml package), Rscript with deSolve, python3.
set -euo pipefail
n="${1:-100}"
seed="${2:-1}"
out="bench/pk/out"
jar="bench/target/benchmarks.jar"
[[ -f "$jar" ]] || { echo "build $jar first: ./mvnw -f bench/pom.xml package" >&2; exit 1; }
mkdir -p "$out"

echo "== Baclo: export $n patients (seed $seed) and time them on one thread"
baclo=$(java -cp "$jar" org.baclo.bench.ExportForR "$out" "$n" "$seed")
echo "$baclo"
echo "== deSolve lsoda on the same patients"
desolve=$(Rscript bench/pk/desolve.R "$out")
echo "$desolve"
echo "== Accuracy"
python3 bench/pk/compare.py "$out"
echo "== Speed (per patient, one thread)"
us=$(awk '/baclo_us_per_patient_one_thread/ {print $2}' <<<"$baclo")
ms_default=$(awk '/desolve_ms_per_patient_default_tol/ {print $2}' <<<"$desolve")
ms_tight=$(awk '/desolve_ms_per_patient_tight_tol/ {print $2}' <<<"$desolve")
awk -v us="$us" -v d="$ms_default" -v t="$ms_tight" 'BEGIN {
  printf "Baclo %.1f us; deSolve lsoda %.1f ms (default tolerance), %.1f ms (1e-10)\n", us, d, t;
  printf "Baclo is %.0fx faster than lsoda at its default tolerance, %.0fx at 1e-10\n", d * 1000 / us, t * 1000 / us }'
