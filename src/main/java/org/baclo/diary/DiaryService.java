package org.baclo.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.baclo.app.FieldProblem;
import org.baclo.app.InvalidInputException;
import org.baclo.diaryfile.DiaryReader;
import org.baclo.followup.Diary;
import org.baclo.followup.Observation;
import org.baclo.followup.SideEffectNames;
import org.baclo.knowledge.Knowledge;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientAccess;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's diary: batch uploads from the patient (their own record) or a clinician of
 * the care team, and reads for a period. An upload answers item by item: created,
 * duplicate (the client's id is already stored: the same upload sent twice stores each
 * entry once) or rejected with its field errors; an item is stored whole or not at all.
 * Each entry keeps the client's time with its offset, so a late upload takes its true
 * place in time. Audited; the alerts are re-evaluated when the upload commits.
 */
@Service
public class DiaryService {

    /** Longest period one read may cover. */
    static final int MAX_DAYS = 366;

    private final DiaryStore store;

    private final PatientAccess access;

    private final AuditService audit;

    private final ApplicationEventPublisher events;

    private final DiaryReader reader;

    private final Clock clock;

    DiaryService(DiaryStore store, PatientAccess access, AuditService audit, ApplicationEventPublisher events,
            Knowledge knowledge, Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.reader = new DiaryReader(new SideEffectNames(knowledge));
        this.clock = clock;
    }

    /** The body is not JSON at all. */
    public static final class MalformedDiaryException extends RuntimeException {

        MalformedDiaryException(String message) {
            super(message);
        }

    }

    /**
     * What happened to one item of an upload: {@code created}, {@code duplicate} or
     * {@code rejected}.
     */
    public record ItemResult(int index, String id, String result, List<FieldProblem> errors) {
    }

    /** The answer to an upload: one result per item of each list, and the counts. */
    public record UploadResult(List<ItemResult> doses, List<ItemResult> observations, int created, int duplicate,
            int rejected) {
    }

    @Transactional
    public UploadResult upload(BacloPrincipal user, long patientId, String body) {
        access.require(user, patientId, "DIARY_UPLOAD");
        DiaryReader.Parsed parsed = reader.read(body == null ? "" : body);
        if (!parsed.problems().isEmpty()) {
            audit.record("DIARY_UPLOAD", patientId, AuditOutcome.INVALID, parsed.problems().get(0).toString());
            if (parsed.problems().get(0).path().equals("$")
                    && parsed.problems().get(0).message().startsWith("not valid JSON")) {
                throw new MalformedDiaryException("The body is not valid JSON.");
            }
            throw new InvalidInputException(
                    parsed.problems().stream().map(p -> new FieldProblem(p.path(), p.message())).toList());
        }
        Instant now = clock.instant();
        int[] counts = new int[3];
        List<ItemResult> doses = items(parsed.doses(), counts,
                (d, i) -> store.insert(patientId, d, user.username(), now), d -> Optional.empty());
        List<ItemResult> observations = items(parsed.observations(), counts,
                (o, i) -> store.insert(patientId, o, user.username(), now),
                o -> o instanceof Observation.Ashworth && !user.is(Role.CLINICIAN)
                        ? Optional.of("Modified Ashworth grades are entered by a clinician") : Optional.empty());
        audit.record("DIARY_UPLOAD", patientId, counts[2] == 0 ? AuditOutcome.OK : AuditOutcome.INVALID,
                counts[0] + " created, " + counts[1] + " duplicate, " + counts[2] + " rejected");
        if (counts[0] > 0) {
            events.publishEvent(new FollowUpDataChanged(patientId));
        }
        return new UploadResult(doses, observations, counts[0], counts[1], counts[2]);
    }

    private static <T> List<ItemResult> items(List<DiaryReader.Item<T>> items, int[] counts,
            BiPredicate<T, Integer> insert, java.util.function.Function<T, Optional<String>> refuse) {
        List<ItemResult> out = new ArrayList<>();
        String list = null;
        for (DiaryReader.Item<T> item : items) {
            String id = item.id().orElse(null);
            Optional<String> refused = item.value().flatMap(refuse);
            if (item.valid() && refused.isEmpty()) {
                boolean created = insert.test(item.value().get(), item.index());
                counts[created ? 0 : 1]++;
                out.add(new ItemResult(item.index(), id, created ? "created" : "duplicate", List.of()));
            }
            else {
                counts[2]++;
                List<FieldProblem> errors = refused.isPresent()
                        ? List.of(new FieldProblem("observations[" + item.index() + "].kind", refused.get()))
                        : item.problems().stream().map(p -> new FieldProblem(p.path(), p.message())).toList();
                out.add(new ItemResult(item.index(), id, "rejected", errors));
            }
        }
        return out;
    }

    /**
     * The diary of a period in the patient's time zone: {@code from} to {@code to}, both
     * days included.
     */
    @Transactional(readOnly = true)
    public PatientDiary read(BacloPrincipal user, long patientId, LocalDate from, LocalDate to) {
        Patient p = access.require(user, patientId, "DIARY_READ");
        ZoneId zone = ZoneId.of(p.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (last.isBefore(first)) {
            audit.record("DIARY_READ", patientId, AuditOutcome.INVALID, "to before from");
            throw new InvalidInputException("to", "must be on or after from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            audit.record("DIARY_READ", patientId, AuditOutcome.INVALID, "period too long");
            throw new InvalidInputException("from", "a period of at most " + MAX_DAYS + " days; ask for several");
        }
        Diary d = store.between(patientId, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        audit.record("DIARY_READ", patientId, AuditOutcome.OK,
                first + ".." + last + ": " + (d.doses().size() + d.observations().size()) + " entries");
        return new PatientDiary(patientId, zone, first, last, d);
    }

    /** A patient's diary over a period, with the patient's time zone. */
    public record PatientDiary(long patientId, ZoneId zone, LocalDate from, LocalDate to, Diary diary) {
    }

}
