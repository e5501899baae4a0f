package org.baclo.diaryfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.baclo.followup.Observation;
import org.baclo.followup.SideEffectNames;
import org.baclo.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The diary document: typed observations (BACLOFEN.md §11), strict fields, one answer per
 * item.
 */
class DiaryReaderTest {

    private static final DiaryReader READER = new DiaryReader(new SideEffectNames(KnowledgeLoader.fromClasspath()));

    @Test
    @DisplayName("Penn severity is required with spasms and absent without (PENN-1989); MAS '1+' is its own grade"
            + " (MAS-1987)")
    void scales() {
        DiaryReader.Parsed p = READER.read("""
                {"observations": [
                 {"id": "a", "at": "2026-12-03T09:00:00Z", "kind": "penn", "frequency": 0},
                 {"id": "b", "at": "2026-12-03T09:00:00Z", "kind": "penn", "frequency": 0, "severity": 2},
                 {"id": "c", "at": "2026-12-03T09:00:00Z", "kind": "penn", "frequency": 3},
                 {"id": "d", "at": "2026-12-03T09:00:00Z", "kind": "mas", "muscle": "knee extensors", "side": "right",
                  "grade": "1+"},
                 {"id": "e", "at": "2026-12-03T09:00:00Z", "kind": "mas", "muscle": "knee extensors", "side": "right",
                  "grade": "1.5"},
                 {"id": "f", "at": "2026-12-03T09:00:00Z", "kind": "pain-nrs", "value": 11},
                 {"id": "g", "at": "2026-12-03T09:00:00Z", "kind": "sleep-nrs", "value": 2.5}]}
                """);
        assertThat(p.observations()).extracting(DiaryReader.Item::valid)
            .containsExactly(true, false, false, true, false, false, false);
        assertThat(p.observations().get(3).value().orElseThrow()).isInstanceOfSatisfying(Observation.Ashworth.class,
                a -> assertThat(a.grade()).isEqualTo(Observation.AshworthGrade.G1_PLUS));
        assertThat(p.allProblems()).extracting(Object::toString)
            .containsExactly("observations[1].severity: must be absent when the frequency is 0 (no spasms)",
                    "observations[2].severity: is required (1 mild, 2 moderate, 3 severe) when there are spasms",
                    "observations[4].grade: '1.5' is not a Modified Ashworth grade; allowed: 0, 1, 1+, 2, 3, 4",
                    "observations[5].value: must be from 0 to 10; found 11",
                    "observations[6].value: must be a whole number; found 2.5");
    }

    @Test
    @DisplayName("duplicate ids, huge numbers and long texts are problems of their item only, quoted briefly")
    void limits() {
        String longNote = "x".repeat(1001);
        DiaryReader.Parsed p = READER.read("""
                {"doses": [
                 {"id": "d1", "at": "2026-12-03T08:00:00+01:00", "status": "taken", "mg": 5},
                 {"id": "d1", "at": "2026-12-03T14:00:00+01:00", "status": "taken", "mg": 5},
                 {"id": "d2", "at": "2026-12-03T14:00:00+01:00", "status": "extra", "mg": 1e100000000},
                 {"id": "d3", "at": "+999999999-12-31T00:00:00Z", "status": "taken", "mg": 5},
                 {"id": "d4", "at": "2026-12-03T20:00:00+01:00", "status": "skipped", "reason": "%s"}]}
                """.formatted(longNote));
        assertThat(p.doses()).extracting(DiaryReader.Item::valid).containsExactly(true, false, false, false, false);
        assertThat(p.allProblems()).extracting(Object::toString)
            .allSatisfy(s -> assertThat(s.length()).isLessThan(200));
        assertThat(p.allProblems().get(0).toString()).isEqualTo("doses[1].id: 'd1' appears twice in this document");
        assertThat(p.diary().doses()).hasSize(1);
    }

    @Test
    @DisplayName("broken JSON and a wrong top level are one document problem")
    void broken() {
        assertThat(READER.read("{\"doses\": [").problems()).singleElement()
            .satisfies(x -> assertThat(x.path()).isEqualTo("$"));
        assertThat(READER.read("[]").problems()).singleElement()
            .satisfies(x -> assertThat(x.message()).contains("must be an object"));
        assertThat(READER.read("{\"dose\": []}").problems()).singleElement()
            .satisfies(x -> assertThat(x.path()).isEqualTo("dose"));
    }

}
