package org.baclo.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The knowledge base is broken: every problem found, each naming file, entry and field.
 */
public class KnowledgeException extends RuntimeException {

    private final List<KnowledgeProblem> problems;

    public KnowledgeException(List<KnowledgeProblem> problems) {
        super("The knowledge base has " + problems.size() + " problem(s):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<KnowledgeProblem> problems() {
        return problems;
    }

}
