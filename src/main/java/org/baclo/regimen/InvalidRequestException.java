package org.baclo.regimen;

/**
 * A planning or checking input the user must change. {@link #field()} names the input in
 * the request's own terms (e.g. {@code weightKg}, {@code steps[2].dailyMg});
 * {@link #problem()} says what is allowed. Entry points map the field to their own names
 * (a CLI option, a form field) and show "field: problem".
 */
public class InvalidRequestException extends IllegalArgumentException {

    private final String field;

    private final String problem;

    public InvalidRequestException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    /**
     * The same problem located under a parent, e.g. {@code patient.} + {@code weightKg}.
     */
    public InvalidRequestException under(String prefix) {
        return new InvalidRequestException(prefix + field, problem);
    }

}
