package org.baclo.pumpclinic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baclo.app.FieldProblem;
import org.baclo.app.InvalidInputException;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.PumpStart;
import org.baclo.pump.Screening;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.baclo.patient.PatientAccess;
import org.baclo.units.Micrograms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's intrathecal screening trial (BACLOFEN.md §10): the boluses given, their
 * responses, the verdict and the suggested starting pump dose. Clinicians record; the
 * patient may read. Audited.
 */
@Service
public class ScreeningService {

    private static final BigDecimal MAX_EFFECT_HOURS = new BigDecimal("72");

    private static final Pattern CORE_BOLUS = Pattern.compile("^boluses(\\[\\d+])?(\\.dose)?: (.*)$", Pattern.DOTALL);

    private final ScreeningStore store;

    private final PatientAccess access;

    private final AuditService audit;

    private final Knowledge knowledge;

    private final Clock clock;

    ScreeningService(ScreeningStore store, PatientAccess access, AuditService audit, Knowledge knowledge, Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /**
     * One bolus as typed: its dose (mcg), {@code none} or {@code positive}, and for a
     * positive one how long the effect lasted (hours, optional).
     */
    public record BolusForm(BigDecimal doseMcg, String response, BigDecimal effectHours) {
    }

    /** The trial: its boluses, the core's outcome and the rule for the starting dose. */
    public record Trial(List<Screening.Bolus> boluses, Screening.Outcome outcome, PumpStart start) {
    }

    @Transactional(readOnly = true)
    public Trial trial(BacloPrincipal user, long patientId) {
        access.require(user, patientId, "PUMP_SCREENING_READ");
        audit.record("PUMP_SCREENING_READ", patientId, AuditOutcome.OK, null);
        return evaluate(store.boluses(patientId));
    }

    /** Records the whole trial (replacing the stored one). */
    @Transactional
    public Trial record(BacloPrincipal user, long patientId, List<BolusForm> boluses) {
        access.requireClinician(user, patientId, "PUMP_SCREENING");
        access.require(user, patientId, "PUMP_SCREENING");
        return save(user, patientId, List.of(), boluses == null ? List.of() : boluses, "boluses[");
    }

    /** Adds the next bolus to the stored trial. */
    @Transactional
    public Trial add(BacloPrincipal user, long patientId, BolusForm bolus) {
        access.requireClinician(user, patientId, "PUMP_SCREENING");
        access.require(user, patientId, "PUMP_SCREENING");
        return save(user, patientId, store.boluses(patientId), List.of(bolus), null);
    }

    private Trial save(BacloPrincipal user, long patientId, List<Screening.Bolus> before, List<BolusForm> forms,
            String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Screening.Bolus> all = new ArrayList<>(before);
        for (int i = 0; i < forms.size(); i++) {
            String at = prefix == null ? "" : prefix + i + "].";
            bolus(forms.get(i), at, problems).ifPresent(all::add);
        }
        Trial trial = null;
        if (problems.isEmpty()) {
            try {
                trial = evaluate(all);
            }
            catch (IllegalArgumentException e) {
                Matcher m = CORE_BOLUS.matcher(e.getMessage());
                String field = prefix == null ? "doseMcg" : m.matches() && m.group(1) != null
                        ? "boluses" + m.group(1) + (m.group(2) == null ? "" : ".doseMcg") : "boluses";
                problems.add(new FieldProblem(field, m.matches() ? m.group(3) : e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            audit.record("PUMP_SCREENING", patientId, AuditOutcome.INVALID,
                    problems.get(0).field() + ": " + problems.get(0).message());
            throw new InvalidInputException(problems);
        }
        store.replace(patientId, all, user.username(), clock.instant());
        audit.record("PUMP_SCREENING", patientId, AuditOutcome.OK,
                all.size() + " boluses; " + (trial.outcome().candidate() ? "candidate"
                        : trial.outcome().finished() ? "not a candidate" : "continue"));
        return trial;
    }

    private Trial evaluate(List<Screening.Bolus> boluses) {
        return new Trial(boluses, new Screening(knowledge).evaluate(boluses), knowledge.intrathecal().pumpStart());
    }

    private static Optional<Screening.Bolus> bolus(BolusForm f, String at, List<FieldProblem> problems) {
        if (f == null) {
            problems.add(new FieldProblem(at.isEmpty() ? "doseMcg" : at.substring(0, at.length() - 1), "is required"));
            return Optional.empty();
        }
        int before = problems.size();
        BigDecimal dose = Fields.number(f.doseMcg(), at + "doseMcg", BigDecimal.ZERO, PumpService.MAX_MCG, "mcg",
                problems);
        String r = f.response() == null ? "" : f.response().trim().toLowerCase(Locale.ROOT);
        if (!r.equals("none") && !r.equals("positive")) {
            problems.add(new FieldProblem(at + "response", "allowed: none (no adequate response) or positive"));
        }
        Optional<Duration> effect = Optional.empty();
        if (f.effectHours() != null) {
            if (!r.equals("positive")) {
                problems.add(new FieldProblem(at + "effectHours", "only for a positive response"));
            }
            else {
                BigDecimal h = Fields.number(f.effectHours(), at + "effectHours", BigDecimal.ZERO, MAX_EFFECT_HOURS,
                        "h", problems);
                if (h != null) {
                    effect = Optional.of(Duration.ofMinutes(
                            h.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValueExact()));
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Screening.Bolus(new Micrograms(dose), r.equals("positive"), effect));
    }

}
