package org.baclo.report;

/**
 * A plan document that cannot be read: the JSON path of the offending value (e.g.
 * {@code steps[2].dailyMg}; empty for the document as a whole) and what is wrong with it.
 */
public class PlanFileException extends IllegalArgumentException {

    private final String path;

    private final String problem;

    public PlanFileException(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /**
     * The JSON path, such as {@code steps[0].doses[1].mg}; empty for the whole document.
     */
    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }

}
