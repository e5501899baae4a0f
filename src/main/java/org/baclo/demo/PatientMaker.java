package org.baclo.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.baclo.knowledge.Condition;
import org.baclo.knowledge.Indication;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Substance;

/**
 * Fictional patients with a spread of ages, weights, kidney function, conditions and
 * co-medications. Conditions, medicines and indications come from the knowledge base; the
 * shares below describe the generated population (a plausible clinic mix), they are not
 * clinical rules.
 */
final class PatientMaker {

    private static final String[] FIRST = { "Alex", "Sam", "Jo", "Robin", "Charlie", "Morgan", "Jamie", "Casey",
            "Taylor", "Jordan", "Avery", "Riley", "Quinn", "Rowan", "Emery", "Harper", "Elliot", "Kai", "Noor", "Amir",
            "Lena", "Marta", "Ines", "Yuki", "Ade", "Tomas", "Priya", "Ravi", "Sofia", "Mateo", "Hana", "Olu", "Ilse",
            "Bram", "Nina", "Pavel", "Zara", "Leon", "Mina", "Arne" };

    private static final String[] LAST = { "Morgan", "Ellis", "Haddad", "Baptiste", "Okafor", "Novak", "Lindqvist",
            "Moreau", "Rossi", "Kowalski", "Tanaka", "Mensah", "Duarte", "Fischer", "Byrne", "Larsen", "Petrov",
            "Costa", "Ibrahim", "Nguyen", "Silva", "Walsh", "Kaur", "Brennan", "Dubois", "Horvat", "Jansen", "Keller",
            "Mahler", "Oyelaran", "Quist", "Reyes", "Sato", "Varga", "Weiss", "Young", "Zeller", "Abbott", "Chen",
            "Dunn" };

    /**
     * Indications of the generated population with their weights (a spasticity clinic).
     */
    private static final String[][] INDICATIONS = { { "ms-spasticity", "40" }, { "spinal-cord-injury", "30" },
            { "stroke", "12" }, { "brain-injury", "8" }, { "cerebral-palsy", "10" } };

    private static final String[][] ZONES = { { "Europe/London", "85" }, { "Europe/Paris", "5" },
            { "America/New_York", "5" }, { "Australia/Sydney", "5" } };

    /** Conditions that do not fit a generated adult of either sex. */
    private static final Set<String> NOT_GENERATED = Set.of("breastfeeding");

    private final List<String> indications;

    private final List<String> conditions;

    private final List<String> substances;

    PatientMaker(Knowledge knowledge) {
        List<String> known = knowledge.indications().stream().map(Indication::id).toList();
        this.indications = new ArrayList<>();
        for (String[] i : INDICATIONS) {
            if (known.contains(i[0])) {
                for (int k = 0; k < Integer.parseInt(i[1]); k++) {
                    indications.add(i[0]);
                }
            }
        }
        this.conditions = knowledge.conditions()
            .stream()
            .map(Condition::id)
            .filter(c -> !NOT_GENERATED.contains(c))
            .toList();
        this.substances = knowledge.substances().stream().map(Substance::name).toList();
    }

    GenPatient make(int ordinal, SplittableRandom r, LocalDate end, int days) {
        String sex = r.nextBoolean() ? "female" : "male";
        int age = 18 + r.nextInt(72);
        LocalDate dob = end.minusYears(age).minusDays(r.nextInt(365));
        double kg = ("male".equals(sex) ? 82 : 68) + 14 * gaussian(r);
        BigDecimal weight = BigDecimal.valueOf(Math.max(40, Math.min(160, kg))).setScale(1, RoundingMode.HALF_UP);
        // kidney function: mostly normal, some mild/moderate/severe, a few on dialysis
        double u = r.nextDouble();
        double mgDl = u < 0.70 ? 0.7 + 0.5 * r.nextDouble() : u < 0.85 ? 1.3 + 0.5 * r.nextDouble()
                : u < 0.95 ? 1.9 + 1.1 * r.nextDouble() : 3.1 + 2.9 * r.nextDouble();
        boolean dialysis = u > 0.99;
        boolean umol = r.nextDouble() < 0.3;
        BigDecimal creat = umol ? BigDecimal.valueOf(Math.round(mgDl * 88.4))
                : BigDecimal.valueOf(mgDl).setScale(2, RoundingMode.HALF_UP);
        int history = Math.max(1, (int) Math.round(days * (0.25 + 0.75 * r.nextDouble())));
        List<String> conds = new ArrayList<>();
        for (String c : conditions) {
            if (r.nextDouble() < 0.04) {
                conds.add(c);
            }
        }
        List<String> meds = new ArrayList<>();
        int n = r.nextDouble() < 0.4 ? 0 : 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String s = substances.get(r.nextInt(substances.size()));
            if (!meds.contains(s)) {
                meds.add(s);
            }
        }
        double profile = r.nextDouble();
        double miss = profile < 0.6 ? 0.02 : profile < 0.9 ? 0.08 : 0.2;
        int silent = r.nextDouble() < 0.05 ? 1 + r.nextInt(6) : 0;
        return new GenPatient(ordinal, FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)], dob, sex,
                weight, creat, umol ? "umol/L" : "mg/dL", end.minusDays(r.nextInt(60)), dialysis,
                indications.get(r.nextInt(indications.size())), weighted(ZONES, r), conds, meds, end.minusDays(history),
                miss, 0.05 + 0.1 * r.nextDouble(), silent, r.nextDouble() < 0.07);
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static String weighted(String[][] table, SplittableRandom r) {
        int total = 0;
        for (String[] t : table) {
            total += Integer.parseInt(t[1]);
        }
        int pick = r.nextInt(total);
        for (String[] t : table) {
            pick -= Integer.parseInt(t[1]);
            if (pick < 0) {
                return t[0];
            }
        }
        return table[0][0];
    }

}
