package org.baclo.education;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.baclo.knowledge.AgeRule;
import org.baclo.knowledge.Condition;
import org.baclo.knowledge.Dosing;
import org.baclo.knowledge.FaqEntry;
import org.baclo.knowledge.Indication;
import org.baclo.knowledge.InteractionClass;
import org.baclo.knowledge.IntrathecalProduct;
import org.baclo.knowledge.Intrathecal;
import org.baclo.knowledge.ItbTitration;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.OralDosing;
import org.baclo.knowledge.OralProduct;
import org.baclo.knowledge.PkParameterSet;
import org.baclo.knowledge.PumpModel;
import org.baclo.knowledge.RenalBand;
import org.baclo.knowledge.SignList;
import org.baclo.knowledge.Substance;
import org.baclo.knowledge.TaperDefaults;
import org.baclo.units.Milligrams;

/**
 * The monograph as readable topics, built from the knowledge base only (no text here
 * carries a clinical number of its own). Used by {@code baclo info} and the public
 * education pages.
 */
public final class Topics {

    private final Knowledge k;

    private final Map<String, Function<Topics, Topic>> builders = new LinkedHashMap<>();

    public Topics(Knowledge knowledge) {
        this.k = knowledge;
        builders.put("overview", Topics::overview);
        builders.put("dosing", Topics::dosing);
        builders.put("side-effects", Topics::sideEffects);
        builders.put("interactions", Topics::interactions);
        builders.put("precautions", Topics::precautions);
        builders.put("withdrawal", Topics::withdrawal);
        builders.put("pk", Topics::pk);
        builders.put("products", Topics::products);
        builders.put("itb", Topics::itb);
        builders.put("alternatives", Topics::alternatives);
        builders.put("faq", Topics::faq);
    }

    /** Topic ids in reading order. */
    public List<String> ids() {
        return List.copyOf(builders.keySet());
    }

    public Optional<Topic> topic(String id) {
        Function<Topics, Topic> b = id == null ? null : builders.get(id.toLowerCase(Locale.ROOT));
        return b == null ? Optional.empty() : Optional.of(b.apply(this));
    }

    public Knowledge knowledge() {
        return k;
    }

    private Topic overview() {
        var d = k.drug();
        List<Entry> drug = List
            .of(Entry.of("What it is", null, "Baclofen is a " + d.drugClass() + " (ATC " + d.atc() + ").", d)
                .withAtc(d.atc()), Entry.of("How it works", null, d.mechanism(), d));
        List<Entry> uses = new ArrayList<>();
        for (Indication i : k.indications()) {
            uses.add(Entry.of(i.name(), statusWords(i), i.text(), i).withId(i.id()).withStatus(i.status().name()));
        }
        return new Topic("overview", "Baclofen — overview", "What baclofen is, how it works and what it is used for.",
                List.of(new Section("The medicine", null, drug),
                        new Section("Uses", "What the label says about each use.", uses)));
    }

    private static String statusWords(Indication i) {
        return switch (i.status()) {
            case LABELLED -> "labelled use";
            case POSSIBLE_VALUE -> "may be of value (label)";
            case NOT_ESTABLISHED -> "efficacy not established (label)";
            case OFF_LABEL -> "off-label";
        };
    }

    private Topic dosing() {
        Dosing dosing = k.dosing();
        OralDosing o = dosing.oral();
        List<Entry> oral = List.of(Entry.of("Start", o.startDose() + " " + o.startFrequency().words(), null, o),
                Entry.of("Increase", "+" + o.stepPerDose() + " per dose every " + days(o.stepInterval()) + " days",
                        null, o),
                Entry.of("Daily maximum", o.maxDaily().toString(), null, o),
                Entry.of("Single-dose maximum", o.maxSingle().toString(), null, o),
                Entry.of("Largest daily increase in one step", o.maxStepDaily().toString(), null, o),
                Entry.of("Lowest effective dose", null, o.lowestEffectiveDose(), o),
                Entry.of("Keep some tone", null, o.keepSomeTone(), o));
        List<Entry> renal = new ArrayList<>();
        renal.add(new Entry("Kidneys", null, dosing.renal().excretion(), List.of("LBL-TAB"),
                org.baclo.knowledge.Confidence.V, EntryFacts.NONE));
        for (RenalBand b : dosing.renal().bands()) {
            String start = b.startDose()
                .map(sd -> "start " + sd + " " + b.startFrequency().orElseThrow().words())
                .orElse("label schedule");
            String cap = b.cap().map(c -> "cap " + c + "/day").orElse("cap " + o.maxDaily() + "/day");
            renal.add(Entry
                .of(b.band() + " (CrCl " + b.rangeText() + ")",
                        "reduction " + b.reduction() + "; " + start + "; " + cap, b.advice().orElse(null), b)
                .withBand(b.band().name())
                .withSeverity(b.severity().name()));
        }
        var dia = dosing.renal().dialysis();
        renal.add(Entry.of("DIALYSIS", dia.severity().name(), dia.advice(), dia).withBand("DIALYSIS"));
        var slow = dosing.renal().slowTitration();
        renal.add(Entry.of("Slower titration (moderate and severe bands)", "steps at least "
                + days(slow.minStepInterval()) + " days apart, at most +" + slow.maxStepPerDose() + " per dose", null,
                slow));
        renal.add(new Entry("Toxicity at low doses", null, dosing.renal().toxicity(), dosing.renal().toxicitySource(),
                org.baclo.knowledge.Confidence.S, EntryFacts.NONE));
        renal.add(new Entry("Cockcroft–Gault", null, dosing.renal().formula(), List.of("CG-1976"),
                org.baclo.knowledge.Confidence.V, EntryFacts.NONE));
        List<Entry> ages = new ArrayList<>();
        for (AgeRule a : dosing.ageRules()) {
            String when = a.minAge().map(m -> m + " years and over").orElse("")
                    + a.maxAge().map(m -> "under " + m + " years").orElse("");
            ages.add(Entry.of(when, a.severity().name(), a.rule() + a.note().map(n -> " " + n).orElse(""), a));
        }
        TaperDefaults t = dosing.taper();
        List<Entry> taper = List.of(Entry.of("Taper",
                "−" + t.stepPerDose() + " per dose every " + days(t.stepInterval()) + " days, at least "
                        + days(t.minTotalDuration()) + " days in all",
                "The label advises reducing slowly; the Canadian label gives about " + t.labelDuration() + ".", t));
        return new Topic("dosing", "Baclofen — dosing", "How oral baclofen is started, raised, capped and adjusted.",
                List.of(new Section("Oral dosing (adults)", null, oral),
                        new Section("Kidney function", "Bands by creatinine clearance (Cockcroft–Gault).", renal),
                        new Section("Age", null, ages), new Section("Stopping", null, taper)));
    }

    private static long days(java.time.Duration d) {
        return d.toDays();
    }

    private Topic sideEffects() {
        var a = k.adverseReactions();
        List<Entry> common = a.common()
            .stream()
            .map(r -> Entry.of(r.name(), r.frequency().toString(), r.note().orElse(null), r)
                .withFrequencyPercent(r.frequency().min(), r.frequency().max()))
            .collect(Collectors.toList());
        List<Entry> other = new ArrayList<>();
        other.add(signs("Laboratory changes", a.laboratory()));
        a.other().forEach(f -> other.add(Entry.of("Other", null, f.text(), f)));
        return new Topic("side-effects", "Baclofen — side effects",
                "How often side effects happen in the label, and which need care now.",
                List.of(new Section("Common side effects (oral, label frequencies)",
                        "Frequencies are ranges across the label's studies.", common),
                        new Section("Get medical help now", "Any of these needs urgent care.",
                                List.of(signs("Serious reactions", a.serious()))),
                        new Section("Other effects", null, other),
                        new Section("Overdose", null,
                                List.of(signs("Oral overdose", a.overdoseOral()),
                                        Entry.of("Large ingestions", null, a.overdoseThreshold().text(),
                                                a.overdoseThreshold()),
                                        signs("Intrathecal overdose", a.overdoseIntrathecal())))));
    }

    private static Entry signs(String label, SignList s) {
        return Entry.of(label, String.join(", ", s.signs()), s.text().orElse(null), s).withSigns(s.signs());
    }

    private Topic interactions() {
        List<Entry> classes = new ArrayList<>();
        for (InteractionClass c : k.interactionClasses()) {
            List<String> names = k.substancesOfClass(c.id()).stream().map(Substance::name).toList();
            classes.add(Entry
                .of(c.name(), c.severity().name(),
                        c.effect() + (names.isEmpty() ? ""
                                : " Examples: " + String.join(", ", names.subList(0, Math.min(8, names.size())))
                                        + (names.size() > 8 ? ", …" : "") + "."),
                        c)
                .withId(c.id())
                .withSeverity(c.severity().name())
                .withFindingCode(c.findingCode())
                .withEffect(c.effect())
                .withSubstances(names));
        }
        return new Topic("interactions", "Baclofen — interactions",
                "Medicines and substances that add to baclofen's effects. " + k.substances().size()
                        + " substances are recognised by generic or brand name.",
                List.of(new Section("Interaction classes", null, classes)));
    }

    private Topic precautions() {
        List<Entry> conditions = new ArrayList<>();
        for (Condition c : k.conditions()) {
            conditions.add(condition(c));
        }
        conditions.add(condition(k.pregnancy()));
        conditions.add(condition(k.driving()));
        for (AgeRule a : k.dosing().ageRules()) {
            conditions.add(Entry.of("Age: " + a.id(), a.severity().name(), a.rule(), a));
        }
        List<Entry> uses = k.indications()
            .stream()
            .filter(i -> i.status() == org.baclo.knowledge.IndicationStatus.NOT_ESTABLISHED)
            .map(i -> Entry.of(i.name(), "efficacy not established", i.text(), i))
            .toList();
        return new Topic("precautions", "Baclofen — precautions",
                "Conditions that call for care, and uses the label does not support.",
                List.of(new Section("Conditions", null, conditions),
                        new Section("Kidney function", null,
                                List.of(new Entry("Kidneys", null,
                                        k.dosing().renal().excretion() + " See the dosing topic for the bands.",
                                        List.of("LBL-TAB"), org.baclo.knowledge.Confidence.V, EntryFacts.NONE))),
                        new Section("Uses without established efficacy", null, uses)));
    }

    private static Entry condition(Condition c) {
        return Entry.of(c.name(), c.severity().name(), c.rule(), c).withId(c.id()).withFindingCode(c.findingCode());
    }

    private Topic withdrawal() {
        var a = k.adverseReactions();
        TaperDefaults t = k.dosing().taper();
        Intrathecal itb = k.intrathecal();
        return new Topic("withdrawal", "Baclofen — stopping and withdrawal",
                "Never stop baclofen suddenly: come off it slowly with your clinician.", List.of(
                        new Section("Oral baclofen", null, List.of(
                                signs("Signs of abrupt withdrawal", a.withdrawalOral()),
                                Entry.of("How to stop", null, t.withdrawalWarning(), t),
                                Entry.of("Taper", "about " + t.labelDuration() + " (Canadian label); product default −"
                                        + t.stepPerDose() + " per dose every " + days(t.stepInterval()) + " days", null,
                                        t),
                                Entry.of("Pregnancy", null, t.pregnancy(), t))),
                        new Section("Intrathecal baclofen (pump)", null, List.of(
                                Entry.of("Boxed warning", null, itb.boxedWarning().text(), itb.boxedWarning()),
                                signs("Signs", a.withdrawalIntrathecal()),
                                new Entry("Early signs", String.join(", ", a.withdrawalIntrathecal().earlySigns()),
                                        null, a.withdrawalIntrathecal().source(),
                                        a.withdrawalIntrathecal().confidence(), EntryFacts.NONE),
                                new Entry("Higher risk", String.join(", ", a.withdrawalIntrathecal().higherRisk()),
                                        null, a.withdrawalIntrathecal().source(),
                                        a.withdrawalIntrathecal().confidence(), EntryFacts.NONE)))));
    }

    private Topic pk() {
        List<Entry> facts = k.pk().facts().stream().map(f -> Entry.of(f.id(), null, f.text(), f)).toList();
        List<Entry> sets = new ArrayList<>();
        for (PkParameterSet p : k.pk().parameterSets()) {
            List<String> parts = new ArrayList<>();
            p.clearance().ifPresent(c -> parts.add("CL/F " + c));
            p.clearanceLPerHPerKg().ifPresent(c -> parts.add("CL/F " + c.toPlainString() + " L/h/kg"));
            p.volume().ifPresent(v -> parts.add("V/F " + v));
            p.volumeLPerKg().ifPresent(v -> parts.add("V " + v.toPlainString() + " L/kg"));
            p.ka().ifPresent(ka -> parts.add("ka " + ka));
            p.meanTransitTime().ifPresent(m -> parts.add("mean transit time " + m));
            p.iiv().clearanceCv().ifPresent(c -> parts.add("IIV CL " + pct(c)));
            p.iiv().volumeCv().ifPresent(c -> parts.add("IIV V " + pct(c)));
            sets.add(Entry
                .of(p.name(), String.join(", ", parts), p.population() + p.note().map(n -> ". " + n).orElse(""), p)
                .withId(p.id())
                .withModel(p.model().name()));
        }
        return new Topic("pk", "Baclofen — pharmacokinetics",
                "How the body absorbs and removes baclofen. No therapeutic concentration range is asserted.",
                List.of(new Section("Facts", null, facts),
                        new Section("Model parameter sets", "One-compartment models unless noted.", sets)));
    }

    private static String pct(java.math.BigDecimal cv) {
        return cv.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private Topic products() {
        List<Entry> oral = new ArrayList<>();
        for (OralProduct p : k.oralProducts()) {
            String value = p.concentration()
                .map(c -> c.toString())
                .orElse(p.strengths().stream().map(Milligrams::toString).collect(Collectors.joining(", "))
                        + (p.scored() ? " (scored: halves allowed)" : ""));
            oral.add(Entry.of(p.name(), value, p.notes().orElse(null), p).withId(p.id()).withForm(p.form().name()));
        }
        oral.add(Entry.of("Liquids", null, k.liquidDisplay().text(), k.liquidDisplay()));
        List<Entry> itb = new ArrayList<>();
        for (IntrathecalProduct p : k.intrathecalProducts()) {
            itb.add(Entry
                .of(p.name(), p.concentrations().stream().map(Object::toString).collect(Collectors.joining(", ")), null,
                        p)
                .withId(p.id()));
        }
        return new Topic("products", "Baclofen — products", "The forms and strengths baclofen comes in.",
                List.of(new Section("By mouth", null, oral), new Section("Intrathecal (pump)",
                        "Intrathecal doses are in micrograms (mcg), never milligrams.", itb)));
    }

    private Topic itb() {
        Intrathecal i = k.intrathecal();
        var s = i.screening();
        List<Entry> screening = List.of(
                Entry.of("Screening bolus",
                        s.bolus() + " in " + s.bolusVolume() + " over at least " + s.minInjectionTime().toMinutes()
                                + " min; observe " + s.observation(),
                        null, s),
                Entry.of("If the response is inadequate",
                        s.escalation().stream().map(Object::toString).collect(Collectors.joining(", then "))
                                + ", each after another " + s.escalationInterval().toHours() + " h",
                        "No response to " + s.nonResponderAbove() + ": not a candidate.", s),
                Entry.of("Onset and peak", "onset " + s.onset() + ", peak " + s.peak(), null, s),
                Entry.of("Starting the pump", null, i.pumpStart().rule(), i.pumpStart()));
        List<Entry> titration = new ArrayList<>();
        for (ItbTitration t : i.titration()) {
            List<String> parts = new ArrayList<>();
            t.dailyIncrease().ifPresent(r -> parts.add("daily +" + r));
            t.refillIncrease().ifPresent(r -> parts.add("at refills +" + r));
            t.sideEffectDecrease().ifPresent(r -> parts.add("−" + r + " for side effects"));
            parts.add("maintenance " + t.maintenance());
            titration.add(Entry.of("Origin: " + t.origin(), String.join("; ", parts), null, t));
        }
        List<Entry> pumps = new ArrayList<>();
        for (PumpModel p : i.pumps()) {
            pumps.add(Entry.of(p.name(),
                    "reservoirs " + p.reservoirs().stream().map(Object::toString).collect(Collectors.joining(", "))
                            + "; low-reservoir alarm " + p.alarmVolume() + " (default, editable)",
                    null, p));
        }
        var r = i.refill();
        pumps.add(Entry.of("Refill",
                "at most every " + r.maxInterval().toDays() + " days; clinic buffer " + r.clinicBuffer().toDays()
                        + " days; residual tolerance " + r.residualTolerance() + " or "
                        + r.residualTolerancePercent().toPlainString() + "%",
                r.arithmetic(), r));
        return new Topic("itb", "Intrathecal baclofen (pump)",
                "Baclofen given into the spinal fluid by an implanted pump, in micrograms.", List.of(
                        new Section("Boxed warning", null,
                                List.of(Entry.of("Never stop abruptly", null, i.boxedWarning().text(),
                                        i.boxedWarning()))),
                        new Section("Screening and start", null, screening),
                        new Section("Titration and maintenance", null, titration),
                        new Section("Pumps and refills", null, pumps), new Section("Interaction", null, List.of(Entry
                            .of("Epidural morphine", null, i.epiduralMorphine().text(), i.epiduralMorphine())))));
    }

    private Topic alternatives() {
        List<Entry> alts = k.alternatives()
            .stream()
            .map(a -> Entry.of(a.name(), a.kind(), a.concerns(), a).withId(a.id()))
            .toList();
        return new Topic("alternatives", "Alternatives to oral baclofen",
                "Other treatments for spasticity your clinician may discuss.",
                List.of(new Section("Alternatives", null, alts)));
    }

    private Topic faq() {
        Map<String, List<Entry>> byTopic = new LinkedHashMap<>();
        for (FaqEntry f : k.faq()) {
            byTopic.computeIfAbsent(f.topic(), x -> new ArrayList<>())
                .add(Entry.of(f.question(), null, f.answer(), f).withId(f.id()));
        }
        List<Section> sections = new ArrayList<>();
        byTopic.forEach((topic, entries) -> sections.add(new Section(faqHeading(topic), null, entries)));
        return new Topic("faq", "Baclofen — questions and answers",
                "Plain-language answers to common questions. Your clinician knows your situation best.", sections);
    }

    /** The heading of the FAQ questions on one topic, e.g. "Stopping baclofen". */
    public static String faqHeading(String topic) {
        return switch (topic) {
            case "overview" -> "About baclofen";
            case "dosing" -> "Dosing";
            case "side-effects" -> "Side effects";
            case "interactions" -> "Other medicines and alcohol";
            case "precautions" -> "Who needs extra care";
            case "withdrawal" -> "Stopping baclofen";
            case "pk" -> "How the body handles baclofen";
            case "products" -> "Forms of baclofen";
            case "itb" -> "Baclofen pumps";
            case "alternatives" -> "Other treatments";
            default -> topic;
        };
    }

}
