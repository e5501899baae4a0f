package org.baclo.pk;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The covariate value a simulation uses (absent = the set's reference, or not modelled)
 * and where it came from. The policy: a typed value wins (refused when the set does not
 * model the covariate); else a plan's value (not applied, with a note, when the set does
 * not model it); else the set's reference.
 */
public record CovariateChoice<T>(Optional<T> value, String source) {

    /**
     * The source of a value typed by the user (the same word for a CLI option and an API
     * parameter).
     */
    public static final String TYPED = "input";

    /**
     * How messages name a covariate: the input that gives it, its name in the set
     * ("weight", "renal"), in a plan.
     */
    public record Names(String input, String inSet, String inPlan) {
    }

    /**
     * Chooses the value.
     * @throws PkInputException when a value is typed for a covariate the set does not
     * model
     */
    public static <T> CovariateChoice<T> choose(ParameterSetModel model, boolean modelled, Names names,
            Optional<T> typed, Optional<T> planned, Function<T, String> format, List<String> notes) {
        if (typed.isPresent()) {
            if (!modelled) {
                throw new PkInputException("Parameter set " + model.set().id() + " has no " + names.inSet()
                        + " covariate, so " + names.input() + " cannot be applied; use a set that models it"
                        + " (e.g. default-adult).");
            }
            return new CovariateChoice<>(typed, TYPED);
        }
        if (planned.isPresent()) {
            if (modelled) {
                return new CovariateChoice<>(planned, "plan");
            }
            notes.add("The plan's " + names.inPlan() + " (" + format.apply(planned.get()) + ") is not applied:"
                    + " parameter set " + model.set().id() + " has no " + names.inSet() + " covariate.");
        }
        return new CovariateChoice<>(Optional.empty(), modelled ? "set reference" : "not modelled by the set");
    }
}
