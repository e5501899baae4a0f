package org.baclo.knowledge;

/** One defect in a knowledge file, located by file, entry and field. */
public record KnowledgeProblem(String file, String entry, String field, String message) {
    @Override
    public String toString() {
        return file + ": " + entry + (field.isEmpty() ? "" : ", field '" + field + "'") + ": " + message;
    }
}
