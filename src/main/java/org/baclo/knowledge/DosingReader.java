package org.baclo.knowledge;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.baclo.units.Milligrams;
import org.baclo.units.Millilitres;
import org.baclo.units.MlPerMin;

/**
 * Reads dosing.yaml and checks that its numbers fit together (bands, caps, start doses).
 */
final class DosingReader {

    private final Node file;

    DosingReader(Node file) {
        this.file = file;
    }

    Dosing read() {
        OralDosing oral = oral(file.child("oral"));
        Node r = file.child("rounding");
        Rounding rounding = new Rounding(r.bool("tabletHalvesOfScored", true),
                r.quantity("liquidStep", "mL", b -> new Millilitres(positive(b))), r.sources(), r.confidence());
        r.finish();
        TaperDefaults taper = taper(file.child("taper"));
        RenalRules renal = renal(file.child("renal"), oral);
        List<AgeRule> ages = new ArrayList<>();
        for (Node n : file.entries("ageRules", "age rule", "id")) {
            AgeRule a = new AgeRule(n.text("id"), n.optYears("minAge"), n.optYears("maxAge"),
                    n.enumValue("severity", Severity.class), n.text("rule"), n.optText("note"), n.sources(),
                    n.confidence());
            if (a.minAge().isEmpty() && a.maxAge().isEmpty()) {
                n.problem("minAge", "an age rule needs minAge or maxAge");
            }
            n.finish();
            ages.add(a);
        }
        KidneyInputs kidney = kidneyInputs(file.child("kidneyInputs"));
        PediatricLimits pediatric = pediatricLimits(file.child("pediatricLimits"));
        file.finish();
        return new Dosing(oral, rounding, taper, renal, ages, kidney, pediatric);
    }

    private OralDosing oral(Node n) {
        Milligrams start = n.quantity("startDose", "mg", b -> new Milligrams(positive(b)));
        Frequency startFrequency = n.enumValue("startFrequency", Frequency.class);
        Milligrams step = n.quantity("stepPerDose", "mg", b -> new Milligrams(positive(b)));
        Duration interval = n.duration("stepInterval");
        Milligrams maxDaily = n.quantity("maxDaily", "mg", b -> new Milligrams(positive(b)));
        Milligrams maxSingle = n.quantity("maxSingle", "mg", b -> new Milligrams(positive(b)));
        Milligrams maxStep = n.quantity("maxStepDaily", "mg", b -> new Milligrams(positive(b)));
        List<Frequency> freqs = new ArrayList<>();
        for (String f : n.textList("frequencies")) {
            try {
                freqs.add(Frequency.parse(f));
            }
            catch (IllegalArgumentException e) {
                n.problem("frequencies", e.getMessage());
            }
        }
        List<LocalTime> times = times(n, "defaultDoseTimes");
        List<LocalTime> qidTimes = times(n, "qidDoseTimes");
        if (qidTimes.size() != Frequency.QID.dosesPerDay()) {
            n.problem("qidDoseTimes", "has " + qidTimes.size() + " times for QID dosing");
        }
        List<LocalTime> bidTimes = times(n, "bidDoseTimes");
        if (start != null && maxSingle != null && start.isGreaterThan(maxSingle)) {
            n.problem("startDose", "start dose " + start + " is above the single-dose maximum " + maxSingle);
        }
        if (maxSingle != null && maxDaily != null && maxSingle.isGreaterThan(maxDaily)) {
            n.problem("maxSingle", "single-dose maximum " + maxSingle + " is above the daily maximum " + maxDaily);
        }
        if (startFrequency != null && times.size() != startFrequency.dosesPerDay()) {
            n.problem("defaultDoseTimes", "has " + times.size() + " times for " + startFrequency + " dosing");
        }
        OralDosing o = new OralDosing(start, startFrequency, step, interval, maxDaily, maxSingle, maxStep, freqs, times,
                qidTimes, bidTimes, n.text("lowestEffectiveDose"), n.text("keepSomeTone"), n.sources(), n.confidence());
        n.finish();
        return o;
    }

    private static List<LocalTime> times(Node n, String field) {
        List<LocalTime> out = new ArrayList<>();
        for (String t : n.textList(field)) {
            out.add(Checks.time(n, field, t));
        }
        if (out.isEmpty()) {
            n.problem(field, "is missing: list times of day such as \"08:00\"");
        }
        return out;
    }

    private TaperDefaults taper(Node n) {
        TaperDefaults t = new TaperDefaults(n.quantity("stepPerDose", "mg", b -> new Milligrams(positive(b))),
                n.duration("stepInterval"), n.duration("minTotalDuration"),
                n.quantity("abruptStopAbove", "mg", Milligrams::new), n.range("labelDuration", "weeks"),
                n.textList("fastReasons"), n.text("withdrawalWarning"), n.text("pregnancy"), n.sources(),
                n.confidence());
        n.finish();
        return t;
    }

    private RenalRules renal(Node n, OralDosing oral) {
        String excretion = n.text("excretion");
        String formula = n.text("formula");
        List<String> formulaSource = sourceKeys(n, "formulaSource");
        var female = n.number("femaleFactor", 0.1, 1);
        var ageOffset = n.number("ageOffset", 1, 1000);
        var divisor = n.number("creatinineDivisor", 1, 1000);
        String toxicity = n.text("toxicity");
        List<String> toxicitySource = sourceKeys(n, "toxicitySource");
        List<RenalBand> bands = new ArrayList<>();
        for (Node b : n.entries("bands", "renal band", "band")) {
            RenalBand band = new RenalBand(b.enumValue("band", RenalBandName.class),
                    b.quantity("min", "mL/min", MlPerMin::new), b.optQuantity("max", "mL/min", MlPerMin::new),
                    b.text("reduction"), b.optQuantity("startDose", "mg", x -> new Milligrams(positive(x))),
                    b.optEnum("startFrequency", Frequency.class),
                    b.optQuantity("cap", "mg", x -> new Milligrams(positive(x))),
                    b.enumValue("severity", Severity.class), b.bool("slowTitration", false), b.optText("advice"),
                    b.sources(), b.confidence(), b.optEnum("severityWithOverride", Severity.class));
            if (band.band() == RenalBandName.DIALYSIS) {
                b.problem("band", "dialysis is not a clearance band: describe it under renal.dialysis");
            }
            checkBand(b, band, oral);
            b.finish();
            bands.add(band);
        }
        checkCoverage(n, bands);
        Node d = n.child("dialysis");
        DialysisRule dialysis = new DialysisRule(d.enumValue("severity", Severity.class), d.text("advice"),
                d.quantity("suggestedDaily", "mg", x -> new Milligrams(positive(x))), d.sources(), d.confidence());
        d.finish();
        Node s = n.child("slowTitration");
        SlowTitration slow = new SlowTitration(s.duration("minStepInterval"),
                s.quantity("maxStepPerDose", "mg", x -> new Milligrams(positive(x))), s.sources(), s.confidence());
        s.finish();
        n.finish();
        return new RenalRules(excretion, formula, female, ageOffset, divisor, toxicity, toxicitySource, bands, dialysis,
                slow, formulaSource);
    }

    private static KidneyInputs kidneyInputs(Node n) {
        KidneyInputs k = new KidneyInputs(n.number("creatinineMinMgDl", 0.001, 100),
                n.number("creatinineMaxMgDl", 0.001, 100), n.number("creatinineMinUmolL", 0.1, 10000),
                n.number("creatinineMaxUmolL", 0.1, 10000), n.number("maxCrclMlMin", 1, 10000),
                n.number("lowCreatinineMgDl", 0.001, 100), n.duration("creatinineMaxAge"),
                sourceKeys(n, "plausibilitySource"), n.years("adultAge"), n.number("idealWeightMaleKg", 1, 200),
                n.number("idealWeightFemaleKg", 1, 200), n.number("idealWeightPerInchKg", 0.1, 10),
                n.number("idealWeightBaseInches", 1, 120), n.number("adjustedAboveIdealRatio", 1, 5),
                n.number("adjustedFactor", 0, 1), sourceKeys(n, "weightSource"), n.number("schwartzK", 0.01, 10),
                sourceKeys(n, "schwartzSource"), n.sources(), n.confidence());
        n.finish();
        return k;
    }

    private static PediatricLimits pediatricLimits(Node n) {
        Milligrams perKg = n.quantity("perKgDaily", "mg", b -> new Milligrams(positive(b)));
        List<String> perKgSource = sourceKeys(n, "perKgSource");
        List<PediatricLimits.AgeCeiling> ceilings = new ArrayList<>();
        for (Node c : n.entries("ceilings", "age ceiling", "minAge")) {
            Integer min = c.years("minAge");
            Integer max = c.years("maxAge");
            Milligrams cap = c.quantity("maxDaily", "mg", b -> new Milligrams(positive(b)));
            if (min != null && max != null && min > max) {
                c.problem("maxAge", "must not be below minAge");
            }
            c.finish();
            if (min != null && max != null && cap != null) {
                ceilings.add(new PediatricLimits.AgeCeiling(min, max, cap));
            }
        }
        PediatricLimits p = new PediatricLimits(perKg, perKgSource, ceilings, sourceKeys(n, "ceilingSource"),
                n.sources(), n.confidence());
        n.finish();
        return p;
    }

    /**
     * A list of source keys in a field other than {@code source}; required, each must be
     * in sources.yaml.
     */
    private static List<String> sourceKeys(Node n, String field) {
        List<String> keys = n.textList(field);
        if (keys.isEmpty()) {
            n.problem(field, "is missing: name a source key from sources.yaml");
        }
        keys.stream()
            .filter(k -> !n.problems().knownSource(k))
            .forEach(k -> n.problem(field, "unknown source key '" + k + "' (not in sources.yaml)"));
        return keys;
    }

    private static void checkBand(Node b, RenalBand band, OralDosing oral) {
        if (band.min() != null && band.max().isPresent() && !band.min().isLessThan(band.max().get())) {
            b.problem("max", "band maximum " + band.max().get() + " must be above its minimum " + band.min());
        }
        if (oral == null) {
            return;
        }
        band.cap()
            .filter(c -> oral.maxDaily() != null && c.isGreaterThan(oral.maxDaily()))
            .ifPresent(
                    c -> b.problem("cap", "renal cap " + c + " is above the label daily maximum " + oral.maxDaily()));
        band.startDose()
            .filter(sd -> oral.maxSingle() != null && sd.isGreaterThan(oral.maxSingle()))
            .ifPresent(sd -> b.problem("startDose", "start dose " + sd + " is above the single-dose maximum"));
        if (band.startDose().isPresent() != band.startFrequency().isPresent()) {
            b.problem("startFrequency", "a band start needs both startDose and startFrequency");
        }
    }

    /** The bands must cover [0, ∞) with no gap and no overlap. */
    private static void checkCoverage(Node n, List<RenalBand> bands) {
        List<RenalBand> sorted = bands.stream()
            .filter(b -> b.min() != null)
            .sorted(Comparator.comparing(RenalBand::min))
            .toList();
        if (sorted.isEmpty()) {
            n.problem("bands", "no clearance bands");
            return;
        }
        if (sorted.get(0).min().value().signum() != 0) {
            n.problem("bands", "the lowest band (" + sorted.get(0).band() + ") starts at " + sorted.get(0).min()
                    + "; the bands must start at 0 mL/min");
        }
        for (int i = 0; i + 1 < sorted.size(); i++) {
            RenalBand lo = sorted.get(i);
            RenalBand hi = sorted.get(i + 1);
            Optional<MlPerMin> loMax = lo.max();
            if (loMax.isEmpty()) {
                n.problem("bands", "band " + lo.band() + " is open above but band " + hi.band() + " starts at "
                        + hi.min() + ": they overlap");
                continue;
            }
            int cmp = loMax.get().compareTo(hi.min());
            if (cmp > 0) {
                n.problem("bands", "bands " + lo.band() + " (" + lo.rangeText() + ") and " + hi.band() + " ("
                        + hi.rangeText() + ") overlap");
            }
            else if (cmp < 0) {
                n.problem("bands", "gap between band " + lo.band() + " (ends at " + loMax.get() + ") and band "
                        + hi.band() + " (starts at " + hi.min() + ")");
            }
        }
        RenalBand top = sorted.get(sorted.size() - 1);
        if (top.max().isPresent()) {
            n.problem("bands", "the highest band (" + top.band() + ") ends at " + top.max().get()
                    + "; it must be open above (no max)");
        }
    }

    private static java.math.BigDecimal positive(java.math.BigDecimal b) {
        if (b.signum() <= 0) {
            throw new IllegalArgumentException("must be greater than 0");
        }
        return b;
    }

}
