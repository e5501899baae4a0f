package org.baclo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.baclo.regimen.TestPatients;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * BACLOFEN.md §8: substances are matched by active ingredient; a combination product
 * takes every class of its ingredients; brand names and spellings ("/", "with", "+",
 * "#3", "PM") resolve to ingredients; phenibut, kratom, kava and cannabis products are
 * CNS depressants. §9: any baclofen product as a co-medication is duplicate therapy.
 */
class SubstanceNamesTest {

    private static final Knowledge K = TestPatients.K;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = { "Norco; opioid", "Vicodin; opioid", "Percocet; opioid", "Tylenol #3; opioid",
            "tylenol with codeine #3; opioid", "hydrocodone/acetaminophen; opioid",
            "Hydrocodone / Acetaminophen; opioid", "oxycodone + paracetamol; opioid", "Suboxone; opioid",
            "buprenorphine/naloxone; opioid", "promethazine with codeine; opioid",
            "promethazine with codeine; sedating-antihistamine", "fentanyl patch; opioid",
            "Fentanyl transdermal patch; opioid", "oxycodone ER tablets; opioid", "NyQuil; sedating-antihistamine",
            "Tylenol PM; sedating-antihistamine", "Advil PM; sedating-antihistamine", "Advil PM; nsaid",
            "Unisom; sedating-antihistamine", "phenibut; cns-depressant", "kratom; cns-depressant",
            "kava; cns-depressant", "marijuana; cns-depressant", "CBD oil; cns-depressant", "Lioresal; baclofen",
            "Ozobax; baclofen", "Gablofen; baclofen", "baclofen; baclofen", "intrathecal baclofen; baclofen" })
    void resolvesToClass(String name, String classId) {
        assertThat(K.substance(name)).as(name).hasValueSatisfying(s -> assertThat(s.classes()).contains(classId));
    }

    @ParameterizedTest(name = "{0} stays unknown")
    @DisplayName("a name with an unknown part, or a bare \"#3\" whose meaning is unknown, is not guessed")
    @ValueSource(strings = { "foobarin", "oxycodone/foobarin", "Tylenol#9", "patch", "with", "foobarin PM" })
    void unknownStaysUnknown(String name) {
        assertThat(K.substance(name)).as(name).isEmpty();
    }

    @ParameterizedTest(name = "condition {0}")
    @DisplayName("condition aliases (§9): neurogenic bladder, urinary retention, seizures, breastfeeding, AUD")
    @CsvSource(delimiter = ';',
            value = { "neurogenic bladder; bladder-sphincter-hypertonia",
                    "urinary retention; bladder-sphincter-hypertonia", "seizures; epilepsy",
                    "history of seizures; epilepsy", "lactation; breastfeeding", "alcoholism; alcohol-use-disorder",
                    "suicidal ideation; depression", "drug abuse; substance-misuse" })
    void conditionAliases(String name, String id) {
        assertThat(K.condition(name)).as(name).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(id));
    }

}
