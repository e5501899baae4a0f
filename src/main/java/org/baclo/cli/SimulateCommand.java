package org.baclo.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.PkParameterSet;
import org.baclo.pk.ConcentrationBands;
import org.baclo.pk.CovariateDistribution;
import org.baclo.pk.CovariateChoice;
import org.baclo.pk.Covariates;
import org.baclo.pk.DoseHistory;
import org.baclo.pk.ParameterSetModel;
import org.baclo.pk.PkInputException;
import org.baclo.pk.PopulationRequest;
import org.baclo.pk.PopulationResult;
import org.baclo.pk.PopulationSimulator;
import org.baclo.pk.SimulationOutcome;
import org.baclo.pk.TimeGrid;
import org.baclo.pk.VirtualPatients;
import org.baclo.report.ConcentrationChart;
import org.baclo.report.ConcentrationCsv;
import org.baclo.report.SimulationDocument;
import org.baclo.units.InputLimits;
import org.baclo.units.Kilograms;
import org.baclo.units.Milligrams;
import org.baclo.units.MlPerMin;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baclo simulate}: plasma concentrations of oral baclofen for one patient or a
 * virtual population, from a single dose, a regular regimen or a plan file. Validates
 * everything before computing and computes everything before writing any file; bad input
 * exits with 2 and writes nothing.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Simulate baclofen plasma concentrations with a one-compartment model (BACLOFEN.md §6).",
                "Give one of: --single-dose-mg D; --regimen PLAN.json; --dose-mg D --every-h H --days N." },
        footer = { "", "Model estimates only; no therapeutic concentration range is asserted.",
                "Baclo supports, and does not replace, a clinician's judgement." })
final class SimulateCommand implements Callable<Integer> {

    private final CliContext cli;

    SimulateCommand(CliContext cli) {
        this.cli = cli;
    }

    /** Input limits (tool limits that catch typing errors, not clinical thresholds). */
    static final BigDecimal MIN_WEIGHT_KG = InputLimits.MIN_WEIGHT_KG;
    static final BigDecimal MAX_WEIGHT_KG = InputLimits.MAX_WEIGHT_KG;
    static final BigDecimal MAX_CRCL_ML_MIN = new BigDecimal(InputLimits.SIMULATION_CRCL_ML_MIN_MAX);
    static final long MAX_DOSES = 100_000;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "0..1", order = 0)
    DoseInputOptions doses;

    @Option(names = "--days", paramLabel = "N", description = "… for N days. With --single-dose-mg (default 1)"
            + " or --regimen (default: to the end of the plan's last day): the simulated time.")
    Integer days;

    @Option(names = "--crcl-ml-min", paramLabel = "X", description = "Creatinine clearance (mL/min), for sets"
            + " with a renal covariate. Default: the plan's, else the set's reference.")
    BigDecimal crclMlMin;

    @Option(names = "--weight-kg", paramLabel = "W", description = "Body weight (kg), for sets with a weight"
            + " covariate. Default: the plan's, else the set's reference.")
    BigDecimal weightKg;

    @Option(names = "--parameters", paramLabel = "NAME", defaultValue = "default-adult",
            description = "Parameter set from the knowledge base (default: ${DEFAULT-VALUE}).")
    String parameters;

    @Mixin
    FormatOption format;

    @Option(names = "--grid-min", paramLabel = "M", defaultValue = "10",
            description = "Output grid step in minutes (default: ${DEFAULT-VALUE}).")
    BigDecimal gridMin;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the curve to FILE and the daily metrics"
            + " to FILE with '-daily' before its extension.")
    Path csv;

    @Option(names = "--chart", paramLabel = "FILE.svg",
            description = "Write an SVG chart of the curve (with the" + " 5–95%% band for populations).")
    Path chart;

    @Option(names = "--population", paramLabel = "N", description = "Simulate N virtual patients (1 to "
            + PopulationRequest.MAX_SIZE + ") with the set's inter-individual variability.")
    Integer population;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed of the population"
            + " (default: ${DEFAULT-VALUE}); the same seed gives the same numbers.")
    long seed;

    @Option(names = "--weight-kg-sd", paramLabel = "SD", description = "Population only: vary weight normally"
            + " with this SD around --weight-kg (user input; Baclo has no default distribution).")
    BigDecimal weightSd;

    @Option(names = "--crcl-ml-min-sd", paramLabel = "SD", description = "Population only: vary CrCl normally"
            + " with this SD around --crcl-ml-min (user input; Baclo has no default distribution).")
    BigDecimal crclSd;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for populations (default: all cores).")
    Integer threads;

    @Override
    public Integer call() {
        try {
            SimulationOutcome outcome = simulate(cli.knowledge());
            String report = format.value == OutputFormat.json
                    ? Json.write(SimulationDocument.of(outcome, fileNames())) + "\n"
                    : SimulationText.of(outcome, fileNames());
            files(outcome).commit();
            PrintWriter out = spec.commandLine().getOut();
            out.print(report);
            out.flush();
            return ExitCode.OK;
        }
        catch (PkInputException e) {
            throw new BadInputException(capitalised(e.getMessage()));
        }
    }

    private SimulationOutcome simulate(Knowledge knowledge) {
        ParameterSetModel model = ParameterSetModel.of(parameterSet(knowledge));
        Regimen r = doses();
        List<String> notes = new ArrayList<>(r.notes);
        CovariateChoice<Kilograms> weight = weight(model, r, notes);
        CovariateChoice<MlPerMin> crcl = crcl(model, r, notes);
        Covariates covariates = new Covariates(weight.value(), crcl.value());
        TimeGrid grid = TimeGrid.of(gridStep(), r.length);
        Optional<CovariateDistribution> wd = distribution(weightSd, "--weight-kg-sd", model.modelsWeight(),
                weight.value().map(Kilograms::asDouble).or(() -> model.referenceWeight().map(Kilograms::asDouble)),
                MIN_WEIGHT_KG, MAX_WEIGHT_KG);
        Optional<CovariateDistribution> cd = distribution(crclSd, "--crcl-ml-min-sd", model.modelsRenalFunction(),
                crcl.value().map(MlPerMin::asDouble).or(() -> model.referenceCrcl().map(MlPerMin::asDouble)),
                BigDecimal.ZERO, MAX_CRCL_ML_MIN);
        checkBeforeComputing();
        Optional<PopulationResult> pop = Optional.empty();
        if (population != null) {
            VirtualPatients patients = new VirtualPatients(model, covariates, wd, cd, seed);
            PopulationRequest request = new PopulationRequest(patients, population, r.history, grid,
                    csv != null || chart != null, false);
            pop = Optional.of(runPopulation(request));
        }
        return SimulationOutcome.of(model, weight, crcl, r.singleDose, r.description, r.history, grid, pop, wd, cd,
                notes);
    }

    private PopulationResult runPopulation(PopulationRequest request) {
        ForkJoinPool pool = new ForkJoinPool(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        try (ProgressBar bar = new ProgressBar(spec.commandLine().getErr(),
                "Simulating " + request.size() + " virtual patients")) {
            return new PopulationSimulator(pool).run(request, bar);
        }
        finally {
            pool.shutdownNow();
        }
    }

    private PkParameterSet parameterSet(Knowledge knowledge) {
        return knowledge.pk()
            .parameterSet(parameters)
            .orElseThrow(() -> new BadInputException("Unknown parameter set '" + parameters + "'. Sets: "
                    + knowledge.pk().parameterSets().stream().map(PkParameterSet::id).collect(Collectors.joining(", "))
                    + "."));
    }

    /**
     * The doses, the simulated time and a description, from whichever of the three inputs
     * was given.
     */
    private record Regimen(DoseHistory history, Duration length, String description, Optional<Milligrams> singleDose,
            Optional<Kilograms> planWeight, Optional<MlPerMin> planCrcl, List<String> notes) {
    }

    private Regimen doses() {
        if (doses == null) {
            throw new BadInputException("Give exactly one of --single-dose-mg D, --regimen PLAN.json, or --dose-mg D"
                    + " with --every-h H and --days N.");
        }
        if (days != null && (days < 1 || days > TimeGrid.MAX_LENGTH.toDays())) {
            throw new BadInputException(
                    "--days must be between 1 and " + TimeGrid.MAX_LENGTH.toDays() + "; got " + days + ".");
        }
        if (doses.singleDoseMg != null) {
            Milligrams dose = positiveMg(doses.singleDoseMg, "--single-dose-mg");
            Duration length = Duration.ofDays(days == null ? 1 : days);
            return new Regimen(DoseHistory.atHours(dose, 0), length, SimulationOutcome.singleDoseDescription(dose),
                    Optional.of(dose), Optional.empty(), Optional.empty(), List.of());
        }
        if (doses.regimen != null) {
            return planRegimen(doses.regimen);
        }
        return regularRegimen(doses.regular.doseMg, doses.regular.everyH);
    }

    private Regimen regularRegimen(BigDecimal doseMg, BigDecimal everyH) {
        if (doseMg == null || everyH == null || days == null) {
            throw new BadInputException("A regular regimen needs --dose-mg D, --every-h H and --days N.");
        }
        Milligrams dose = positiveMg(doseMg, "--dose-mg");
        if (everyH.signum() <= 0) {
            throw new BadInputException("--every-h must be greater than 0 hours; got " + everyH.toPlainString() + ".");
        }
        long intervalMs = everyH.multiply(BigDecimal.valueOf(3_600_000)).longValue();
        if (intervalMs < 60_000) {
            throw new BadInputException(
                    "--every-h must be at least 1 minute (0.0167 h); got " + everyH.toPlainString() + ".");
        }
        Duration length = Duration.ofDays(days);
        long count = (length.toMillis() + intervalMs - 1) / intervalMs;
        if (count > MAX_DOSES) {
            throw new BadInputException("That is " + count + " doses; at most " + MAX_DOSES + " can be simulated.");
        }
        DoseHistory h = DoseHistory.regular(Instant.EPOCH, dose, Duration.ofMillis(intervalMs), (int) count);
        String d = dose.format(3) + " every " + everyH.stripTrailingZeros().toPlainString() + " h for " + days
                + (days == 1 ? " day" : " days");
        return new Regimen(h, length, d, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    private Regimen planRegimen(Path regimen) {
        PlanFileDoses.PlanDoses plan = PlanFileDoses.read(regimen, cli.knowledge());
        Duration length = days != null ? Duration.ofDays(days) : plan.length();
        if (length.compareTo(TimeGrid.MAX_LENGTH) > 0) {
            throw new BadInputException("The plan spans " + length.toDays() + " days; at most "
                    + TimeGrid.MAX_LENGTH.toDays() + " can be simulated (give --days N).");
        }
        if (plan.history().intakeCount() > MAX_DOSES) {
            throw new BadInputException("The plan has more than " + MAX_DOSES + " doses.");
        }
        List<String> notes = new ArrayList<>();
        if (plan.history().intakeCount() == 0) {
            notes.add("The plan has no doses.");
        }
        String d = "plan " + regimen.getFileName() + ": " + plan.steps() + (plan.steps() == 1 ? " step" : " steps")
                + " from " + plan.firstDate() + " to " + plan.lastDate() + " (" + plan.zone().getId() + "), "
                + span(length) + " simulated";
        return new Regimen(plan.history(), length, d, Optional.empty(), plan.weight(), plan.crcl(), notes);
    }

    /**
     * "14 days", or "335 h" when daylight saving makes the span not a whole number of
     * days.
     */
    private static String span(Duration length) {
        if (length.toMillis() % TimeGrid.DAY_MS == 0) {
            return length.toDays() + (length.toDays() == 1 ? " day" : " days");
        }
        return Numbers.text(length.toMillis() / 3_600_000.0, 6) + " h";
    }

    private static final CovariateChoice.Names WEIGHT = new CovariateChoice.Names("--weight-kg", "weight", "weight");

    private static final CovariateChoice.Names CRCL = new CovariateChoice.Names("--crcl-ml-min", "renal", "CrCl");

    private CovariateChoice<Kilograms> weight(ParameterSetModel model, Regimen r, List<String> notes) {
        Optional<Kilograms> typed = inRange(weightKg, WEIGHT, MIN_WEIGHT_KG, MAX_WEIGHT_KG, "kg").map(Kilograms::new);
        return CovariateChoice.choose(model, model.modelsWeight(), WEIGHT, typed, r.planWeight, w -> w.format(1),
                notes);
    }

    private CovariateChoice<MlPerMin> crcl(ParameterSetModel model, Regimen r, List<String> notes) {
        Optional<MlPerMin> typed = inRange(crclMlMin, CRCL, BigDecimal.ZERO, MAX_CRCL_ML_MIN, "mL/min")
            .map(MlPerMin::new);
        return CovariateChoice.choose(model, model.modelsRenalFunction(), CRCL, typed, r.planCrcl, c -> c.format(1),
                notes);
    }

    /**
     * The value typed for the covariate's option, if any, checked to lie between min and
     * max.
     */
    private static Optional<BigDecimal> inRange(BigDecimal v, CovariateChoice.Names names, BigDecimal min,
            BigDecimal max, String unit) {
        if (v != null && (v.compareTo(min) < 0 || v.compareTo(max) > 0)) {
            throw new BadInputException(names.input() + " must be between " + min + " and " + max + " " + unit
                    + "; got " + v.toPlainString() + ".");
        }
        return Optional.ofNullable(v);
    }

    private Optional<CovariateDistribution> distribution(BigDecimal sd, String option, boolean modelled,
            Optional<Double> mean, BigDecimal min, BigDecimal max) {
        if (sd == null) {
            return Optional.empty();
        }
        if (population == null) {
            throw new BadInputException(option + " applies only with --population N.");
        }
        if (sd.signum() < 0) {
            throw new BadInputException(option + " must not be negative; got " + sd.toPlainString() + ".");
        }
        if (!modelled || mean.isEmpty()) {
            throw new BadInputException(
                    option + " cannot be applied: parameter set " + parameters + " does not model that covariate.");
        }
        return Optional
            .of(new CovariateDistribution(mean.get(), sd.doubleValue(), min.doubleValue(), max.doubleValue()));
    }

    private Duration gridStep() {
        if (gridMin.signum() <= 0) {
            throw new BadInputException("--grid-min must be greater than 0; got " + gridMin.toPlainString() + ".");
        }
        long ms = gridMin.multiply(BigDecimal.valueOf(60_000)).longValue();
        if (ms < 1000 || ms > TimeGrid.DAY_MS) {
            throw new BadInputException("--grid-min must be between 1 second (0.0167) and 1440 minutes; got "
                    + gridMin.toPlainString() + ".");
        }
        return Duration.ofMillis(ms);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Milligrams positiveMg(BigDecimal v, String option) {
        if (v.signum() <= 0) {
            throw new BadInputException(option + " must be greater than 0 mg; got " + v.toPlainString() + ".");
        }
        return new Milligrams(v);
    }

    /** Checks the population size and the output paths before anything is computed. */
    private void checkBeforeComputing() {
        if (population != null && (population < 1 || population > PopulationRequest.MAX_SIZE)) {
            throw new BadInputException("--population must be between 1 and " + PopulationRequest.MAX_SIZE
                    + " virtual patients; got " + population + ".");
        }
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new BadInputException("--threads must be between 1 and 256; got " + threads + ".");
        }
        if (csv != null) {
            OutputFiles.check(csv);
            OutputFiles.check(dailyCsv(csv));
        }
        if (chart != null) {
            OutputFiles.check(chart);
        }
    }

    /** The output files, queued; nothing is written until {@link OutputFiles#commit}. */
    private OutputFiles files(SimulationOutcome o) {
        OutputFiles files = new OutputFiles();
        Optional<ConcentrationBands> bands = o.population().flatMap(PopulationResult::bands);
        if (csv != null) {
            files.add(csv, w -> ConcentrationCsv.curve(w, o.typical(), bands));
            files.add(dailyCsv(csv),
                    w -> ConcentrationCsv.daily(w, o.typical().days(), o.population().map(PopulationResult::days)));
        }
        if (chart != null) {
            files.add(chart, w -> w.write(ConcentrationChart.svg(SimulationText.chartSpec(o))));
        }
        return files;
    }

    /** {@code c.csv} → {@code c-daily.csv}. */
    static Path dailyCsv(Path curve) {
        String name = curve.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String daily = dot > 0 ? name.substring(0, dot) + "-daily" + name.substring(dot) : name + "-daily.csv";
        return curve.resolveSibling(daily);
    }

    private SimulationDocument.Files fileNames() {
        return SimulationDocument.Files.of(Optional.ofNullable(csv),
                Optional.ofNullable(csv).map(SimulateCommand::dailyCsv), Optional.ofNullable(chart));
    }

}
