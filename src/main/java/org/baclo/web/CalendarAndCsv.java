package org.baclo.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.baclo.app.ForbiddenException;
import org.baclo.app.NotFoundException;
import org.baclo.diary.CalendarFeeds;
import org.baclo.diary.DiaryService;
import org.baclo.diaryfile.DiaryWriter;
import org.baclo.security.BacloPrincipal;
import org.baclo.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Reminders and exports: the patient's iCalendar feed behind a secret token (no login:
 * calendar apps fetch it), making and revoking that token from the Today page, and the
 * diary as CSV.
 */
@Controller
class CalendarAndCsv {

    private final CalendarFeeds feeds;

    private final DiaryService diary;

    CalendarAndCsv(CalendarFeeds feeds, DiaryService diary) {
        this.feeds = feeds;
        this.diary = diary;
    }

    @GetMapping("/calendar/{file:[A-Za-z0-9_-]{1,100}\\.ics}")
    ResponseEntity<String> feed(@PathVariable String file) {
        String ics = feeds.feed(file.substring(0, file.length() - 4))
            .orElseThrow(() -> new NotFoundException("No such calendar."));
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(ics);
    }

    @PostMapping("/today/calendar")
    String newToken(@AuthenticationPrincipal BacloPrincipal user, @RequestParam(defaultValue = "create") String action,
            RedirectAttributes flash) {
        long patientId = self(user);
        if ("revoke".equals(action)) {
            feeds.revoke(user, patientId);
            flash.addFlashAttribute("message", "Your calendar link no longer works.");
        }
        else {
            String token = feeds.newToken(user, patientId);
            flash.addFlashAttribute("calendarUrl", link(token));
        }
        return "redirect:/today";
    }

    /**
     * A clinician makes (or stops) the calendar link of a patient, e.g. one without an
     * account.
     */
    @PostMapping("/patients/{id}/calendar")
    String clinicianToken(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestParam(defaultValue = "create") String action, RedirectAttributes flash) {
        if (!user.is(Role.CLINICIAN)) {
            throw new ForbiddenException("Only clinicians manage a patient's calendar link here.");
        }
        if ("revoke".equals(action)) {
            feeds.revoke(user, id);
            flash.addFlashAttribute("message", "The patient's calendar link no longer works.");
        }
        else {
            flash.addFlashAttribute("calendarUrl", link(feeds.newToken(user, id)));
        }
        return "redirect:/patients/" + id + "/followup";
    }

    static String link(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/calendar/" + token + ".ics")
            .build()
            .toUriString();
    }

    @GetMapping("/patients/{id}/diary.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DiaryService.PatientDiary d = diary.read(user, id, from, to);
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"diary-" + d.from() + "-" + d.to() + ".csv\"")
            .body(DiaryWriter.csv(d.diary(), d.zone()));
    }

    private static long self(BacloPrincipal user) {
        if (!user.is(Role.PATIENT) || user.patientId() == null) {
            throw new ForbiddenException("Calendar links are made by the patient from the Today page.");
        }
        return user.patientId();
    }

}
