package org.baclo.app;

/**
 * One field-level error: the field's name in the request and a sentence saying what to
 * change.
 */
public record FieldProblem(String field, String message) {
}
