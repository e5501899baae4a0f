package org.baclo.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Condition;
import org.baclo.knowledge.Confidence;
import org.baclo.knowledge.InteractionClass;
import org.baclo.knowledge.Severity;
import org.baclo.regimen.RegimenDraft;
import org.baclo.regimen.TestPatients;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SafetyEngineTest {

    @Test
    @DisplayName("BACLOFEN.md preamble: a finding resting on a U fact is never more than INFO")
    void unverifiedIsInformationOnly() {
        Finding f = new Finding(FindingCode.ELDERLY, Severity.CRITICAL, "m", "r", List.of("LBL-TAB"), Confidence.U);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        Finding v = new Finding(FindingCode.ELDERLY, Severity.CAUTION, "m", "r", List.of("LBL-TAB"), Confidence.V);
        assertThat(v.severity()).isEqualTo(Severity.CAUTION);
    }

    @Test
    @DisplayName("every finding code named in the knowledge files is a FindingCode")
    void knowledgeCodesAreKnown() {
        for (InteractionClass c : TestPatients.K.interactionClasses()) {
            assertThat(FindingCode.valueOf(c.findingCode())).isNotNull();
        }
        for (Condition c : TestPatients.K.conditions()) {
            assertThat(FindingCode.valueOf(c.findingCode())).isNotNull();
        }
        assertThat(FindingCode.valueOf(TestPatients.K.pregnancy().findingCode())).isEqualTo(FindingCode.PREGNANCY);
        assertThat(FindingCode.valueOf(TestPatients.K.driving().findingCode())).isEqualTo(FindingCode.DRIVING);
    }

    @Test
    @DisplayName("every code is raised by exactly one rule of SafetyRules.all()")
    void rulesCoverCodes() {
        java.util.Set<FindingCode> declared = new java.util.HashSet<>(org.baclo.pump.PumpRules.CODES);
        SafetyRules.all().stream().flatMap(r -> r.codes().stream()).forEach(declared::add);
        assertThat(declared).containsExactlyInAnyOrder(FindingCode.values());
    }

    @Test
    @DisplayName("a rule that raises a code it does not declare is a programming error")
    void undeclaredCode() {
        NamedRule rogue = new NamedRule("rogue", List.of(FindingCode.DRIVING), in -> List
            .of(new Finding(FindingCode.ABRUPT_STOP, Severity.INFO, "m", "r", List.of("BACLO-A"), Confidence.A)));
        SafetyEngine engine = new SafetyEngine(TestPatients.K, List.of(rogue));
        var regimen = new RegimenDraft(null, null, null, null, null, null, null, null,
                List.of(new RegimenDraft.StepDraft("2025-03-01", null, java.math.BigDecimal.valueOf(15), null)))
            .toRegimen(TestPatients.K, TestPatients.ZONE);
        assertThatThrownBy(() -> engine.check(regimen, Optional.empty())).isInstanceOf(IllegalStateException.class);
    }

}
