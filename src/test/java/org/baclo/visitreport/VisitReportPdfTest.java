package org.baclo.visitreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientService;
import org.baclo.plan.PlanView;
import org.baclo.plan.PlanWorkflow;
import org.baclo.security.AppUser;
import org.baclo.security.AppUserRepository;
import org.baclo.security.BacloPrincipal;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The PDF visit report of a demo patient (issue 13): its text, read back with PDFBox, has
 * the schedule, the findings and the chart title, a page number and the period on every
 * page; pdftoppm renders every page; the patient version has the schedule, the
 * missed-dose advice and the warning signs from the knowledge files, and no finding
 * codes.
 */
@SpringBootTest(properties = "baclo.demo=true")
@Import(TestKnowledge.class)
class VisitReportPdfTest {

    @Autowired
    VisitReports reports;

    @Autowired
    AppUserRepository users;

    @Autowired
    PatientService patients;

    @Autowired
    PlanWorkflow plans;

    @Autowired
    org.baclo.knowledge.Knowledge knowledge;

    @Autowired
    org.baclo.diary.DiaryService diaryService;

    @Autowired
    org.baclo.diary.DiaryRecords diaryRecords;

    @Autowired
    java.time.Clock clock;

    @TempDir
    Path dir;

    private BacloPrincipal clinician() {
        AppUser u = users.findByUsernameIgnoreCase("demo-clinician").orElseThrow();
        return new BacloPrincipal(u.id(), u.username(), u.displayName(), u.passwordHash(), u.role(), true, false, null);
    }

    private Patient alex() {
        return patients.list(clinician())
            .stream()
            .filter(p -> p.name().equals("Alex Morgan"))
            .findFirst()
            .orElseThrow();
    }

    private static List<String> pages(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            List<String> out = new java.util.ArrayList<>();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(d));
            }
            return out;
        }
    }

    @Test
    void the_clinician_report_has_schedule_findings_chart_and_page_furniture() throws Exception {
        Patient p = alex();
        PlanView plan = plans.history(clinician(), p.id()).get(0);
        byte[] pdf = reports.pdf(clinician(), p.id(), VisitReports.Version.CLINICIAN, null, null);
        List<String> pages = pages(pdf);
        String all = String.join("\n", pages);
        assertThat(all).contains("Visit report: Alex Morgan", "Patient context", "CrCl");
        assertThat(all).contains(plan.plan().steps().get(0).startDate(),
                plan.plan().steps().get(0).doses().get(0).text());
        assertThat(plan.plan().findings()).isNotEmpty();
        for (var f : plan.plan().findings()) {
            assertThat(all).contains(f.code());
        }
        assertThat(all).contains(DoseChart.TITLE, VisitReports.CONCENTRATION_TITLE, "To dispense", "References",
                "Baclo supports, and does not replace");
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page " + (i + 1))
                .contains("Page " + (i + 1) + " of " + pages.size())
                .contains("period ");
        }
        assertEveryPageRenders(pdf, pages.size(), "clinician");
    }

    @Autowired
    org.baclo.pumpclinic.PumpService pumps;

    @Test
    void a_flexed_pump_prescription_is_printed_with_its_periods() throws Exception {
        Patient p = patients.list(clinician())
            .stream()
            .filter(x -> x.name().equals("Margaret Ellis"))
            .findFirst()
            .orElseThrow();
        pumps.savePump(clinician(), p.id(), new org.baclo.pumpclinic.PumpService.PumpForm("SynchroMed II",
                new java.math.BigDecimal("20"), null, null, "cerebral", null, null));
        pumps.recordRefill(clinician(), p.id(), new org.baclo.pumpclinic.PumpService.RefillForm(
                java.time.LocalDateTime.now().minusDays(3).withNano(0), null, new java.math.BigDecimal("18"),
                new java.math.BigDecimal("500"), null, "flexed",
                List.of(new org.baclo.pumpclinic.PeriodForm("22:00", "06:00", new java.math.BigDecimal("5")),
                        new org.baclo.pumpclinic.PeriodForm("06:00", "22:00", new java.math.BigDecimal("7.5")))));
        String all = String.join("\n",
                pages(reports.pdf(clinician(), p.id(), VisitReports.Version.CLINICIAN, null, null)));
        // 8 h × 5 + 16 h × 7.5 mcg/h = 160 mcg/day
        assertThat(all.replaceAll("\\s+", " ")).contains("Intrathecal pump")
            .contains("160 mcg/day flexed: 22:00–06:00 5 mcg/h; 06:00–22:00 7.5 mcg/h");
    }

    @Test
    void the_clinician_report_has_the_symptom_trend_weekly_adherence_and_cited_sources() throws Exception {
        Patient p = alex();
        // a period without diary entries says so
        String empty = String.join("\n", pages(reports.pdf(clinician(), p.id(), VisitReports.Version.CLINICIAN,
                java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 1, 31))));
        assertThat(empty).contains(SymptomTrend.TITLE, SymptomTrend.EMPTY);

        java.time.OffsetDateTime at = java.time.OffsetDateTime.now(clock).minusDays(1).withNano(0);
        diaryService.upload(clinician(), p.id(), """
                {"doses": [{"id": "t1", "at": "%1$s", "status": "taken", "mg": 5}],
                 "observations": [{"id": "s1", "at": "%1$s", "kind": "spasticity-nrs", "value": 6},
                                  {"id": "s2", "at": "%1$s", "kind": "pain-nrs", "value": 4},
                                  {"id": "s3", "at": "%1$s", "kind": "sleep-nrs", "value": 3},
                                  {"id": "s4", "at": "%1$s", "kind": "penn", "frequency": 2, "severity": 1}]}"""
            .formatted(at));
        byte[] pdf = reports.pdf(clinician(), p.id(), VisitReports.Version.CLINICIAN, null, null);
        String all = String.join("\n", pages(pdf)).replaceAll("\\s+", " ");
        assertThat(all).contains(SymptomTrend.TITLE).doesNotContain(SymptomTrend.EMPTY);

        // adherence: taken of due as a percentage, with the counts, per week and for the
        // period, as the follow-up engine counts it
        java.time.ZoneId zone = java.time.ZoneId.of(p.timeZone());
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(zone));
        var adherence = diaryRecords.adherence(p.id(), clock.instant()).orElseThrow();
        var period = adherence.totalBetween(today.minusDays(28), today.plusDays(28));
        assertThat(period.planned()).isPositive();
        assertThat(all).contains("Adherence (taken of due)",
                "Whole period " + period.percent().orElseThrow() + " % " + period.taken() + " " + period.planned());
        assertThat(all).containsPattern("Week of \\d{4}-\\d{2}-\\d{2} \\d{1,3} %");

        // references: full citations from sources.yaml, with links where recorded
        PlanView plan = plans.history(clinician(), p.id()).get(0);
        String key = plan.plan().findings().get(0).source().split(",")[0].strip();
        String citation = knowledge.source(key).orElseThrow().citation();
        assertThat(all).contains(citation.substring(0, Math.min(40, citation.length())), "[" + key + "]");
        assertEveryPageRenders(pdf, pages(pdf).size(), "clinician-with-diary");
    }

    @Test
    void references_resolve_source_keys_to_citations_and_links() {
        var c = VisitReports.citations(knowledge, List.of("LBL-TAB, AJKD-2017", "LBL-TAB", "NOT-A-KEY"));
        assertThat(c).extracting(VisitReports.Citation::key).containsExactly("LBL-TAB", "AJKD-2017", "NOT-A-KEY");
        assertThat(c.get(0).title()).isEqualTo(knowledge.source("LBL-TAB").orElseThrow().citation());
        assertThat(c.get(0).url()).isEqualTo(knowledge.source("LBL-TAB").orElseThrow().url());
        assertThat(c.get(2).url()).isNull();
        // the PubMed id of the citation in BACLOFEN.md's Sources gives the link
        assertThat(c.get(1).url()).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/28899601/");
        assertThat(c.get(2).title()).isEqualTo("NOT-A-KEY");
    }

    @Test
    void the_patient_version_is_plain_words_without_codes() throws Exception {
        Patient p = alex();
        PlanView plan = plans.history(clinician(), p.id()).get(0);
        byte[] pdf = reports.pdf(clinician(), p.id(), VisitReports.Version.PATIENT, null, null);
        String all = String.join("\n", pages(pdf));
        assertThat(all).contains("Your baclofen schedule", "If you miss a dose",
                "Get help straight away if you notice");
        // BACLOFEN.md §3 via followup.yaml: the missed-dose advice is the knowledge text,
        // not Baclo's own
        assertThat(all.replaceAll("\\s+", " ")).contains(knowledge.followUp().missedDose().text().substring(0, 40));
        assertThat(all).contains(plan.plan().steps().get(0).doses().get(0).text());
        for (var f : plan.plan().findings()) {
            assertThat(all).doesNotContain(f.code());
        }
        assertThat(all).doesNotContainPattern("[A-Z]{4,}_[A-Z_]+");
        // its sources as citations, without their keys (the missed-dose advice rests on
        // PI-PAT in followup.yaml)
        String citation = knowledge.source("PI-PAT").orElseThrow().citation();
        assertThat(all.replaceAll("\\s+", " ")).contains("Where this information comes from",
                citation.substring(0, 40));
        assertThat(all).doesNotContain("[PI-PAT]", "PI-PAT");
        assertEveryPageRenders(pdf, pages(pdf).size(), "patient");
    }

    @Test
    void the_reports_are_tagged_pdfs() throws Exception {
        byte[] pdf = reports.pdf(clinician(), alex().id(), VisitReports.Version.PATIENT, null, null);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(d.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(d.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    private void assertEveryPageRenders(byte[] pdf, int pages, String version) throws Exception {
        Path file = dir.resolve("report.pdf");
        Files.write(file, pdf);
        String keep = System.getProperty("baclo.test.output-dir");
        if (keep != null) { // kept for a look: target/reports/
            Files.createDirectories(Path.of(keep, "reports"));
            Files.write(Path.of(keep, "reports", "visit-report-" + version + ".pdf"), pdf);
        }
        Process pr = new ProcessBuilder("pdftoppm", "-r", "40", "-png", file.toString(), dir.resolve("page").toString())
            .redirectErrorStream(true)
            .start();
        assertThat(pr.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = new String(pr.getInputStream().readAllBytes());
        assertThat(pr.exitValue()).as(log).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".png")).count()).isEqualTo(pages);
        }
    }

}
