package org.baclo.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.baclo.app.ApiError;
import org.baclo.app.NotFoundException;
import org.baclo.diary.CalendarFeeds;
import org.baclo.diary.DiaryService;
import org.baclo.diary.DiaryService.PatientDiary;
import org.baclo.diary.DiaryService.UploadResult;
import org.baclo.diary.FollowUpAlerts;
import org.baclo.diary.FollowUpViews;
import org.baclo.diary.StoredAlert;
import org.baclo.diaryfile.DiaryDocument;
import org.baclo.diaryfile.DiaryWriter;
import org.baclo.report.FollowUpDocument;
import org.baclo.security.BacloPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/patients/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Follow-up", description = "The patient's diary (batch upload for mobile and offline clients) and the"
        + " follow-up alerts. Every call is audited.")
class DiaryApi {

    private final DiaryService diary;

    private final FollowUpAlerts alerts;

    private final FollowUpViews views;

    private final Clock clock;

    private final CalendarFeeds feeds;

    DiaryApi(DiaryService diary, FollowUpAlerts alerts, FollowUpViews views, Clock clock, CalendarFeeds feeds) {
        this.feeds = feeds;
        this.diary = diary;
        this.alerts = alerts;
        this.views = views;
        this.clock = clock;
    }

    @PostMapping(path = "/diary", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload dose events and observations with client ids (the patient, or a clinician of the"
            + " care team). Idempotent per id; answers each item: created, duplicate or rejected with errors")
    UploadResult upload(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, @RequestBody String body) {
        return diary.upload(user, id, body);
    }

    @GetMapping("/diary")
    @Operation(summary = "The diary of a period (days in the patient's time zone, both included; default: the last"
            + " 30 days), in the upload document's shape")
    DiaryPeriod read(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        PatientDiary d = diary.read(user, id, from, to);
        DiaryDocument doc = DiaryWriter.document(d.diary());
        return new DiaryPeriod(d.patientId(), d.zone().getId(), d.from().toString(), d.to().toString(), doc.doses(),
                doc.observations());
    }

    /** The diary of a period: where and when, then the upload document's two lists. */
    record DiaryPeriod(long patientId, String timeZone, String from, String to, List<DiaryDocument.DoseEntry> doses,
            List<DiaryDocument.ObservationEntry> observations) {
    }

    @GetMapping("/followup")
    @Operation(summary = "Adherence and alerts of the active plan and the stored diary at a time (default now),"
            + " as 'baclo followup --format json' prints them; 404 without an active plan")
    FollowUpDocument followUp(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime at) {
        return views.evaluate(user, id, at == null ? clock.instant() : at.toInstant())
            .orElseThrow(() -> new NotFoundException("This patient has no active plan."));
    }

    @GetMapping("/alerts")
    @Operation(summary = "The patient's follow-up alerts: open ones (most severe first), or all with all=true")
    List<StoredAlert> alerts(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean all) {
        return alerts.list(user, id, all);
    }

    record Note(String note) {
    }

    @PostMapping(path = "/alerts/{alertId}/acknowledge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Acknowledge an open alert, with an optional note (clinicians of the care team)")
    StoredAlert acknowledge(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @PathVariable long alertId, @RequestBody(required = false) Note note) {
        return alerts.acknowledge(user, id, alertId, note == null ? null : note.note());
    }

    @PostMapping(path = "/alerts/{alertId}/resolve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Resolve an open alert with a note saying what was done (clinicians of the care team)")
    StoredAlert resolve(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id, @PathVariable long alertId,
            @RequestBody Note note) {
        return alerts.resolve(user, id, alertId, note.note());
    }

    record CalendarLink(String url) {
    }

    @PostMapping("/calendar-token")
    @Operation(summary = "A new secret iCalendar link for the patient's dose reminders (shown once; the previous link"
            + " stops working). The patient, or a clinician of the care team")
    ResponseEntity<CalendarLink> calendarToken(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id) {
        String token = feeds.newToken(user, id);
        return ResponseEntity.status(201)
            .body(new CalendarLink(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/" + token + ".ics")
                .build()
                .toUriString()));
    }

    @DeleteMapping("/calendar-token")
    @Operation(summary = "Stop the patient's iCalendar link")
    ResponseEntity<Void> revokeCalendarToken(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id) {
        feeds.revoke(user, id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(DiaryService.MalformedDiaryException.class)
    ResponseEntity<ProblemDetail> malformed(DiaryService.MalformedDiaryException e) {
        return ApiExceptionHandler.problem(ApiError.MALFORMED_JSON, e.getMessage(), List.of());
    }

}
