package org.baclo.diary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.baclo.diary.PlanRegimens.PlanRegimen;
import org.baclo.followup.DoseCalendar;
import org.baclo.followup.DueDose;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientAccess;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's dose reminders as an iCalendar feed (RFC 5545, built with ical4j): one
 * event per planned dose from yesterday to {@link #DAYS_AHEAD} days ahead, with its
 * amount and a reminder alarm, from the active plan read at each request, so the feed
 * follows plan changes. Read without login through a secret URL token (stored as its
 * SHA-256 only; a new token revokes the previous one; revocable). The feed holds no
 * patient name or id.
 */
@Service
public class CalendarFeeds {

    static final int DAYS_AHEAD = 60;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NamedParameterJdbcTemplate jdbc;

    private final PatientAccess access;

    private final AuditService audit;

    private final PlanRegimens plans;

    private final Clock clock;

    CalendarFeeds(NamedParameterJdbcTemplate jdbc, PatientAccess access, AuditService audit, PlanRegimens plans,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * A new secret token for the patient's feed (shown once); the previous token stops
     * working.
     */
    @Transactional
    public String newToken(BacloPrincipal user, long patientId) {
        access.require(user, patientId, "CALENDAR_TOKEN_CREATE");
        revokeAll(patientId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update(
                "insert into calendar_token (patient_id, token_hash, created_by, created_at) values (:p, :h, :by,"
                        + " :at)",
                new MapSqlParameterSource("p", patientId).addValue("h", hash(token))
                    .addValue("by", user.username())
                    .addValue("at", AlertStore.utc(clock.instant())));
        audit.record("CALENDAR_TOKEN_CREATE", patientId, AuditOutcome.OK, "previous token revoked");
        return token;
    }

    /** Revokes the patient's feed token. */
    @Transactional
    public void revoke(BacloPrincipal user, long patientId) {
        access.require(user, patientId, "CALENDAR_TOKEN_REVOKE");
        int n = revokeAll(patientId);
        audit.record("CALENDAR_TOKEN_REVOKE", patientId, AuditOutcome.OK, n + " token(s)");
    }

    /** When the patient's current token was made, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Instant> activeSince(BacloPrincipal user, long patientId) {
        access.require(user, patientId, "CALENDAR_TOKEN_READ");
        return jdbc
            .query("select created_at from calendar_token where patient_id = :p and revoked_at is null",
                    new MapSqlParameterSource("p", patientId),
                    (rs, i) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
            .stream()
            .findFirst();
    }

    private int revokeAll(long patientId) {
        return jdbc.update("update calendar_token set revoked_at = :now where patient_id = :p and revoked_at is null",
                new MapSqlParameterSource("p", patientId).addValue("now", AlertStore.utc(clock.instant())));
    }

    /** The feed for a token, or empty when the token is unknown or revoked. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        List<Long> ids = jdbc.queryForList(
                "select patient_id from calendar_token where token_hash = :h and revoked_at" + " is null",
                new MapSqlParameterSource("h", hash(token)), Long.class);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long patientId = ids.get(0);
        String zone = jdbc.queryForObject("select time_zone from patient where id = :p",
                new MapSqlParameterSource("p", patientId), String.class);
        String ics = ics(plans.active(patientId), ZoneId.of(zone), clock.instant());
        audit.recordAs(null, null, "CALENDAR_FEED_READ", patientId, AuditOutcome.OK, "by token");
        return Optional.of(ics);
    }

    /** The calendar of a plan's doses around {@code now}. */
    static String ics(Optional<PlanRegimen> plan, ZoneId zone, Instant now) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Baclo//Dose reminders//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        if (plan.isPresent()) {
            LocalDate today = now.atZone(zone).toLocalDate();
            for (DueDose d : new DoseCalendar(plan.get().regimen()).between(today.minusDays(1),
                    today.plusDays(DAYS_AHEAD))) {
                String what = d.dose().mg() + " = " + d.dose().amount().text();
                VEvent e = new VEvent(d.due().toInstant(), Duration.ofMinutes(15), "Baclofen " + d.dose().mg());
                e.add(new Uid("dose-" + d.due().toLocalDateTime() + "-plan-" + plan.get().planId() + "@baclo"));
                e.add(new Description("Take " + what + ". Do not stop baclofen suddenly. Baclo supports, and does"
                        + " not replace, a clinician's judgement."));
                VAlarm alarm = new VAlarm(Duration.ZERO);
                alarm.add(ImmutableAction.DISPLAY);
                alarm.add(new Description("Baclofen: take " + what));
                e.add(alarm);
                cal.add(e);
            }
        }
        return cal.toString();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
