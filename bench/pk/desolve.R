#!/usr/bin/env Rscript
# Reference simulation with deSolve's lsoda for the comparison in docs/benchmarks.md.
# The same 28-day regimen as Baclo's benchmark (20 mg every 8 h from time 0, 84 doses; 10-minute output grid,
# 4,032 points) for the same parameter vectors (params.csv, exported by org.baclo.bench.ExportForR).
# Usage: Rscript bench/pk/desolve.R OUT_DIR
# Reads OUT_DIR/params.csv; writes OUT_DIR/desolve_default.csv (lsoda, rtol = atol = 1e-6, its defaults) and
# OUT_DIR/desolve_tight.csv (rtol = atol = 1e-10); prints the time per patient of each run.
suppressPackageStartupMessages(library(deSolve))

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "bench/pk/out"
params <- read.csv(file.path(out, "params.csv"))

times <- (0:4031) * 600000 / 3600000          # the same doubles as Baclo's grid (10 min, in hours)
dose_mg <- 20
dose_times <- seq(8, 664, by = 8)            # the first dose is the initial gut amount at time 0
events <- data.frame(var = "gut", time = dose_times, value = dose_mg, method = "add")

# One-compartment model, first-order absorption and elimination (amounts in mg).
model <- function(t, y, p) {
  absorbed <- p[1] * y[1]
  list(c(-absorbed, absorbed - p[2] * y[2]))
}

simulate <- function(rtol, atol) {
  curves <- matrix(0, nrow = length(times), ncol = nrow(params))
  start <- proc.time()[["elapsed"]]
  for (i in seq_len(nrow(params))) {
    ka <- params$ka_per_h[i]
    k <- params$cl_l_per_h[i] / params$v_l[i]
    sol <- ode(y = c(gut = dose_mg, central = 0), times = times, func = model, parms = c(ka, k),
               method = "lsoda", events = list(data = events), rtol = rtol, atol = atol)
    curves[, i] <- sol[, "central"] / params$v_l[i] * 1000  # ng/mL
  }
  elapsed <- proc.time()[["elapsed"]] - start
  list(curves = curves, ms_per_patient = elapsed * 1000 / nrow(params))
}

write_curves <- function(curves, file) {
  colnames(curves) <- paste0("s", seq_len(ncol(curves)))
  write.csv(data.frame(time_h = times, curves), file, row.names = FALSE)
}

default <- simulate(1e-6, 1e-6)
tight <- simulate(1e-10, 1e-10)
write_curves(default$curves, file.path(out, "desolve_default.csv"))
write_curves(tight$curves, file.path(out, "desolve_tight.csv"))
cat(sprintf("desolve_ms_per_patient_default_tol %.2f\n", default$ms_per_patient))
cat(sprintf("desolve_ms_per_patient_tight_tol %.2f\n", tight$ms_per_patient))
cat(sprintf("deSolve %s, %s\n", as.character(packageVersion("deSolve")), R.version.string))
