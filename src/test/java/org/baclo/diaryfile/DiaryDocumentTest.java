package org.baclo.diaryfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.baclo.followup.Diary;
import org.baclo.followup.SideEffectNames;
import org.baclo.knowledge.KnowledgeLoader;
import org.baclo.report.JsonText;
import org.junit.jupiter.api.Test;

/**
 * The typed diary document reads back as the same diary, and leaves out the fields an
 * entry's kind lacks.
 */
class DiaryDocumentTest {

    private static final DiaryReader READER = new DiaryReader(new SideEffectNames(KnowledgeLoader.fromClasspath()));

    private static final String DIARY = """
            {"doses": [
             {"id": "d1", "at": "2026-12-03T08:00:00+01:00", "status": "taken", "mg": 10},
             {"id": "d2", "at": "2026-12-03T14:00:00+01:00", "status": "skipped", "reason": "asleep"}],
             "observations": [
             {"id": "o1", "at": "2026-12-03T09:00:00Z", "kind": "penn", "frequency": 0},
             {"id": "o2", "at": "2026-12-03T09:00:00Z", "kind": "penn", "frequency": 2, "severity": 2},
             {"id": "o3", "at": "2026-12-03T09:00:00Z", "kind": "mas", "muscle": "knee extensors", "side": "right",
              "grade": "1+"},
             {"id": "o4", "at": "2026-12-03T09:00:00Z", "kind": "pain-nrs", "value": 4}]}
            """;

    @Test
    void written_document_reads_back_as_the_same_diary() {
        DiaryReader.Parsed parsed = READER.read(DIARY);
        assertThat(parsed.allProblems()).isEmpty();
        Diary diary = parsed.diary();
        String written = JsonText.write(DiaryDocument.of(diary));
        assertThat(READER.read(written).diary()).isEqualTo(diary);
        assertThat(written).contains("\"mg\" : 10\n").doesNotContain("10.0").doesNotContain("null");
    }

    @Test
    void csv_keeps_its_columns_and_plain_numbers() {
        String csv = DiaryWriter.csv(READER.read(DIARY).diary(), java.time.ZoneId.of("Europe/Paris"));
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", DiaryWriter.CSV_HEADER));
        assertThat(csv).contains("d1,2026-12-03T08:00+01:00,2026-12-03T08:00,dose,taken,10,");
        assertThat(csv).contains("o2,2026-12-03T09:00Z,2026-12-03T10:00,penn,,,,2,2,");
    }

}
