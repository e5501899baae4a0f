#!/usr/bin/env python3
"""Compares Baclo's curves with deSolve's (bench/pk/out/*.csv) and prints the maximum errors.

Usage: python3 bench/pk/compare.py OUT_DIR
Relative error is |Baclo - deSolve| / deSolve at points where deSolve's concentration is at least 1% of that
patient's peak (near zero, before the first dose has been absorbed, relative errors mean nothing); the
second figure is the largest |Baclo - deSolve| anywhere, as a fraction of that patient's peak.
"""
import csv
import sys


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    columns = list(zip(*rows[1:]))
    return [float(t) for t in columns[0]], [[float(v) for v in c] for c in columns[1:]]


def compare(baclo, other):
    worst_rel = 0.0
    worst_peak = 0.0
    for b, o in zip(baclo, other):
        peak = max(o)
        for x, y in zip(b, o):
            diff = abs(x - y)
            worst_peak = max(worst_peak, diff / peak)
            if y >= 0.01 * peak:
                worst_rel = max(worst_rel, diff / y)
    return worst_rel, worst_peak


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "bench/pk/out"
    t_b, baclo = read(f"{out}/baclo.csv")
    for name in ("tight", "default"):
        t_d, other = read(f"{out}/desolve_{name}.csv")
        assert len(baclo) == len(other) and len(t_b) == len(t_d), "grids or patients differ"
        assert all(abs(a - b) < 1e-9 for a, b in zip(t_b, t_d)), "time grids differ"
        rel, peak = compare(baclo, other)
        print(f"deSolve {name:7s} tolerance vs Baclo: max relative error {rel:.3e}; "
              f"max |error| / Cmax {peak:.3e} ({len(baclo)} patients x {len(t_b)} points)")


if __name__ == "__main__":
    main()
