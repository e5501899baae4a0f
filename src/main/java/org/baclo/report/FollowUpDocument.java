package org.baclo.report;

import java.time.ZoneId;
import java.util.List;
import org.baclo.followup.Adherence;
import org.baclo.followup.Alert;
import org.baclo.followup.FollowUpEngine.FollowUpResult;

/**
 * The follow-up result as JSON ({@code baclo followup --format json} and the API):
 * adherence per day and per ISO week, the alerts with their clinician and patient
 * messages, and the clinical-use notice. Field names are a contract.
 */
public record FollowUpDocument(AdherenceDoc adherence, List<AlertDoc> alerts, String notice) {

    public record AdherenceDoc(List<DayDoc> days, List<WeekDoc> weeks) {
    }

    public record DayDoc(String date, int planned, int taken, Integer percent) {
    }

    public record WeekDoc(String weekStart, int planned, int taken, Integer percent) {
    }

    /** One alert; {@code since} is an ISO time with the patient's offset. */
    public record AlertDoc(String code, String severity, String since, String message, String patientMessage,
            String source, String confidence) {
        public static AlertDoc of(Alert a, ZoneId zone) {
            return new AlertDoc(a.code().name(), a.severity().name(),
                    a.since().atZone(zone).toOffsetDateTime().toString(), a.message(), a.patientMessage(),
                    a.sourceText(), a.confidence().name());
        }
    }

    public static FollowUpDocument of(FollowUpResult result, ZoneId zone) {
        Adherence a = result.adherence();
        List<DayDoc> days = a.days()
            .stream()
            .map(p -> new DayDoc(p.start().toString(), p.planned(), p.taken(), p.percent().orElse(null)))
            .toList();
        List<WeekDoc> weeks = a.weeks()
            .stream()
            .map(p -> new WeekDoc(p.start().toString(), p.planned(), p.taken(), p.percent().orElse(null)))
            .toList();
        return new FollowUpDocument(new AdherenceDoc(days, weeks),
                result.alerts().stream().map(x -> AlertDoc.of(x, zone)).toList(), Notice.TEXT);
    }
}
