package org.baclo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every shipped knowledge file loads and validates, and holds what the monograph
 * requires.
 */
class ShippedKnowledgeTest {

    static Knowledge k;

    @BeforeAll
    static void load() {
        k = KnowledgeLoader.fromClasspath();
    }

    @Test
    void every_source_key_of_baclofen_md_is_cited() {
        assertThat(k.sources().keySet()).contains("LBL-TAB", "LBL-OZO", "LBL-FLQ", "LBL-LYV", "LBL-ITB", "LBL-GAB",
                "LBL-CA", "LBL-UK", "OPENFDA", "VLAV-2014", "AJKD-2017", "CG-1976", "KOCHAK-1985", "PK-BIO", "PK-REV",
                "POPPK-MARSOT", "POPPK-CHEV", "POPPK-AUD", "POPPK-PED", "LEUNG-2006", "REV-TOX", "MDT-SM2", "ITB-STAB",
                "MAS-1987", "PENN-1989", "FARRAR-2008", "LOINC", "REV-SPAS");
    }

    @Test
    void substance_list_has_at_least_150_entries_covering_every_interaction_class() {
        assertThat(k.substances()).hasSizeGreaterThanOrEqualTo(150);
        Set<String> used = k.substances().stream().flatMap(s -> s.classes().stream()).collect(Collectors.toSet());
        assertThat(used).containsAll(k.interactionClasses().stream().map(InteractionClass::id).toList());
    }

    /** BACLOFEN.md §8: every class of the table is present with its severity. */
    @Test
    void interaction_classes_cover_section_8() {
        assertThat(k.interactionClasses()).extracting(InteractionClass::id)
            .contains("opioid", "benzodiazepine", "z-drug", "barbiturate", "alcohol", "sedating-antihistamine",
                    "gabapentinoid", "antipsychotic", "muscle-relaxant", "tca", "maoi", "antihypertensive", "levodopa",
                    "lithium", "nsaid", "nephrotoxic", "epidural-morphine", "general-anaesthetic");
        assertThat(k.interactionClass("opioid").orElseThrow().severity()).isEqualTo(Severity.WARNING);
        assertThat(k.interactionClass("tca").orElseThrow().severity()).isEqualTo(Severity.CAUTION);
    }

    @Test
    void brand_names_resolve_case_insensitively() {
        assertThat(k.substance("XANAX")).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("alprazolam"));
        assertThat(k.substance(" oxycodone ")).hasValueSatisfying(s -> assertThat(s.classes()).contains("opioid"));
        assertThat(k.substance("no such drug")).isEmpty();
    }

    /**
     * BACLOFEN.md §3: 5 mg TID start, +5 mg per dose every 3 days, 80 mg/day, 20 mg
     * single dose.
     */
    @Test
    void oral_dosing_matches_the_label() {
        OralDosing o = k.dosing().oral();
        assertThat(o.startDose().value()).isEqualByComparingTo("5");
        assertThat(o.startFrequency()).isEqualTo(Frequency.TID);
        assertThat(o.stepPerDose().value()).isEqualByComparingTo("5");
        assertThat(o.stepInterval().toDays()).isEqualTo(3);
        assertThat(o.maxDaily().value()).isEqualByComparingTo("80");
        assertThat(o.maxSingle().value()).isEqualByComparingTo("20");
    }

    /** BACLOFEN.md §5: bands at 80, 50 and 30 mL/min with caps 53, 40 and 26 mg/day. */
    @Test
    void renal_bands_match_section_5() {
        RenalRules r = k.dosing().renal();
        assertThat(r.bandFor(new org.baclo.units.MlPerMin(new java.math.BigDecimal("80"))).band())
            .isEqualTo(RenalBandName.NORMAL);
        assertThat(r.bandFor(new org.baclo.units.MlPerMin(new java.math.BigDecimal("79.9"))).band())
            .isEqualTo(RenalBandName.MILD);
        assertThat(r.bandFor(new org.baclo.units.MlPerMin(new java.math.BigDecimal("34"))).band())
            .isEqualTo(RenalBandName.MODERATE);
        assertThat(r.bandFor(new org.baclo.units.MlPerMin(java.math.BigDecimal.ZERO)).band())
            .isEqualTo(RenalBandName.SEVERE);
        assertThat(r.band(RenalBandName.MODERATE).orElseThrow().cap().orElseThrow().value()).isEqualByComparingTo("40");
        assertThat(r.dialysis().severity()).isEqualTo(Severity.CRITICAL);
    }

    /** BACLOFEN.md §7: label frequencies, e.g. transient drowsiness 10–63%. */
    @Test
    void adverse_reaction_frequencies_are_the_label_ranges() {
        assertThat(k.adverseReactions().common()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("transient drowsiness");
            assertThat(a.frequency().toString()).isEqualTo("10–63%");
        });
        assertThat(k.adverseReactions().common()).hasSize(11);
    }

    @Test
    void faq_covers_every_topic_and_every_answer_names_sources() {
        assertThat(k.faq()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(k.faq().stream().map(FaqEntry::topic).collect(Collectors.toSet()))
            .containsAll(KnowledgeLoader.FAQ_TOPICS);
        assertThat(k.faq()).allSatisfy(f -> assertThat(f.source()).isNotEmpty());
    }

    @Test
    void pk_default_set_has_the_covariates_of_section_6() {
        PkParameterSet d = k.pk().defaultSet();
        assertThat(d.clearance().orElseThrow().value()).isEqualTo(10.8);
        assertThat(d.volume().orElseThrow().value()).isEqualTo(59.0);
        assertThat(d.fractionRenal().orElseThrow()).isEqualByComparingTo("0.77");
        assertThat(d.hasRenalCovariate()).isTrue();
    }

    @Test
    void every_entry_has_a_known_source() {
        Set<String> keys = k.sources().keySet();
        assertThat(k.substances()).allSatisfy(s -> assertThat(keys).containsAll(s.source()));
        assertThat(k.conditions()).allSatisfy(c -> assertThat(keys).containsAll(c.source()));
        assertThat(k.indications()).allSatisfy(c -> assertThat(keys).containsAll(c.source()));
    }

}
