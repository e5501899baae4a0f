package org.baclo.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.baclo.knowledge.KnowledgeLoader;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.RegimenDraft;
import org.junit.jupiter.api.Test;

/**
 * The iCalendar of a plan: each dose at its local time in the patient's zone, across a
 * DST change.
 */
class CalendarIcsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void a_dose_keeps_its_local_time_across_the_spring_clock_change() throws Exception {
        // Europe/London moves from UTC+0 to UTC+1 on 2027-03-28
        Regimen r = new RegimenDraft("titrate", "tablet", null, "Europe/London", null, null, null, null,
                List.of(new RegimenDraft.StepDraft("2027-03-27", "2027-03-29", new BigDecimal("15"),
                        List.of(new RegimenDraft.DoseDraft("08:00", new BigDecimal("5"), null, null),
                                new RegimenDraft.DoseDraft("14:00", new BigDecimal("5"), null, null),
                                new RegimenDraft.DoseDraft("20:00", new BigDecimal("5"), null, null)))))
            .toRegimen(KnowledgeLoader.fromClasspath(), LONDON);
        String ics = CalendarFeeds.ics(Optional.of(new PlanRegimens.PlanRegimen(7, 1, r, Optional.empty())), LONDON,
                Instant.parse("2027-03-27T06:00:00Z"));
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        List<String> starts = events.stream()
            .map(e -> e.getProperty(Property.DTSTART).map(Property::getValue).orElseThrow())
            .toList();
        assertThat(starts).hasSize(9).contains("20270327T080000Z", "20270328T070000Z", "20270329T070000Z");
        assertThat(events).allSatisfy(
                e -> assertThat(e.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Baclofen 5 mg"));
        assertThat(ics).doesNotContain("Europe/London");
    }

    @Test
    void without_an_active_plan_the_calendar_is_empty_but_valid() throws Exception {
        String ics = CalendarFeeds.ics(Optional.empty(), LONDON, Instant.parse("2027-03-27T06:00:00Z"));
        assertThat(new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT")).isEmpty();
    }

}
