package org.baclo.regimen;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;

/**
 * Shared test fixtures: the shipped knowledge (loaded once), a fixed clock, and a patient
 * builder.
 */
public final class TestPatients {

    public static final Knowledge K = KnowledgeLoader.fromClasspath();

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZONE);

    public static final LocalDate START = LocalDate.of(2025, 3, 1);

    private Integer age = 45;

    private String sex = "male";

    private BigDecimal weight = BigDecimal.valueOf(80);

    private BigDecimal creatinine = BigDecimal.ONE;

    private BigDecimal umol;

    private BigDecimal crcl;

    private boolean dialysis;

    private boolean pregnant;

    private final List<String> conditions = new ArrayList<>();

    private final List<String> meds = new ArrayList<>();

    private String indication;

    private BigDecimal height;

    private LocalDate creatinineDate;

    private TestPatients() {
    }

    /**
     * 45-year-old man, 80 kg, creatinine 1.0 mg/dL (CrCl 105.5 mL/min, NORMAL), MS
     * spasticity.
     */
    public static TestPatients adult() {
        return new TestPatients();
    }

    public TestPatients age(int years) {
        this.age = years;
        return this;
    }

    public TestPatients female() {
        this.sex = "female";
        return this;
    }

    public TestPatients weight(double kg) {
        this.weight = BigDecimal.valueOf(kg);
        return this;
    }

    public TestPatients creatinine(double mgDl) {
        this.creatinine = BigDecimal.valueOf(mgDl);
        this.crcl = null;
        this.umol = null;
        return this;
    }

    public TestPatients creatinineUmol(double umolL) {
        this.umol = BigDecimal.valueOf(umolL);
        this.creatinine = null;
        this.crcl = null;
        return this;
    }

    public TestPatients crcl(double mlMin) {
        this.crcl = BigDecimal.valueOf(mlMin);
        this.creatinine = null;
        this.umol = null;
        return this;
    }

    public TestPatients dialysis() {
        this.dialysis = true;
        return this;
    }

    public TestPatients pregnant() {
        this.pregnant = true;
        return this;
    }

    public TestPatients condition(String c) {
        conditions.add(c);
        return this;
    }

    public TestPatients med(String m) {
        meds.add(m);
        return this;
    }

    public TestPatients indication(String i) {
        this.indication = i;
        return this;
    }

    public TestPatients height(double cm) {
        this.height = BigDecimal.valueOf(cm);
        return this;
    }

    public TestPatients creatinineDate(LocalDate date) {
        this.creatinineDate = date;
        return this;
    }

    public ContextInput input() {
        return new ContextInput(age, sex, weight, creatinine, umol, crcl, dialysis, pregnant, conditions, meds,
                indication, ZONE.getId(), height, creatinineDate, null);
    }

    public PatientContext build() {
        return input().resolve(K, ZONE);
    }

    /** Default options starting on {@link #START}. */
    public static PlanOptions options() {
        return PlanOptions.defaults().withStartDate(START);
    }

}
