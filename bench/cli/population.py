#!/usr/bin/env python3
"""The numpy comparison of `baclo simulate --dose-mg 20 --every-h 8 --days 28 --crcl-ml-min 40
--population 10000 --seed 1` (issue 15.5): the same virtual population, vectorised.

The model is Baclo's default adult set (knowledge/pk.yaml, BACLOFEN.md section 6; the figures are also in
docs/benchmarks.md): one compartment, first-order absorption, CL/F = 10.8 L/h x ((1 - 0.77) + 0.77 x CrCl/100)
at 70 kg, V/F 59 L, ka 1.64 /h, log-normal inter-individual variability of CL/F (CV 56%) and V/F (CV 68%).
Each patient's curve on a 10-minute grid (4,032 points over 28 days, closed-form superposition of the 84 doses),
the daily Cmax, Cmin and AUC of each patient, and their 5th/50th/95th percentiles over patients, printed as a
table. Random numbers are numpy's (seeded), not Baclo's, so the percentiles agree to sampling error only.

Usage: python3 bench/cli/population.py [N] [SEED]   (run as a whole process by bench/cli-startup.sh)
"""
import sys

import numpy as np

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 1
DOSE_MG, EVERY_H, DAYS, CRCL = 20.0, 8.0, 28, 40.0
CL_REF, FE, V_REF, KA = 10.8, 0.77, 59.0, 1.64
CV_CL, CV_V = 0.56, 0.68
STEP_H = 1.0 / 6.0
PER_DAY = int(round(24 / STEP_H))


def main():
    rng = np.random.default_rng(SEED)
    omega_cl = np.sqrt(np.log1p(CV_CL ** 2))
    omega_v = np.sqrt(np.log1p(CV_V ** 2))
    cl = CL_REF * ((1 - FE) + FE * CRCL / 100) * np.exp(omega_cl * rng.standard_normal(N))
    v = V_REF * np.exp(omega_v * rng.standard_normal(N))
    k = cl / v
    t = np.arange(DAYS * PER_DAY + 1) * STEP_H          # 0 .. 672 h inclusive, for the daily AUC
    n_doses = int(DAYS * 24 / EVERY_H)
    given = np.minimum(np.floor(t / EVERY_H).astype(int) + 1, n_doses)   # doses given by time t
    tau = t - (given - 1) * EVERY_H                      # time since the last dose

    def geometric(rate):
        # sum over the doses given so far of exp(-rate x (time since that dose)), stable for any t
        r = np.exp(-rate[:, None] * EVERY_H)
        return np.exp(-rate[:, None] * tau[None, :]) * (1 - r ** given[None, :]) / (1 - r)

    cmax = np.empty((N, DAYS))
    cmin = np.empty((N, DAYS))
    auc = np.empty((N, DAYS))
    chunk = 1000
    for s in range(0, N, chunk):
        ks, vs = k[s:s + chunk], v[s:s + chunk]
        c = (DOSE_MG * 1000 * KA / (vs * (KA - ks)))[:, None] * (geometric(ks) - geometric(np.full_like(ks, KA)))
        for d in range(DAYS):
            day = c[:, d * PER_DAY:(d + 1) * PER_DAY + 1]
            cmax[s:s + chunk, d] = day.max(axis=1)
            cmin[s:s + chunk, d] = day.min(axis=1)
            auc[s:s + chunk, d] = np.trapezoid(day, dx=STEP_H, axis=1)

    q = [5, 50, 95]
    pmax, pmin, pauc = (np.percentile(x, q, axis=0) for x in (cmax, cmin, auc))
    print(f"VIRTUAL POPULATION (numpy): {N} patients, seed {SEED}")
    print("  Day  Cmax ng/mL                Cmin ng/mL                AUC ng·h/mL")
    for d in range(DAYS):
        cells = [" / ".join(f"{x:.4g}" for x in p[:, d]) for p in (pmax, pmin, pauc)]
        print(f"  {d + 1:3d}  {cells[0]:<25} {cells[1]:<25} {cells[2]:<25}")


if __name__ == "__main__":
    main()
