package org.baclo.app;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.baclo.units.Quote;

/**
 * Checks a request record against its Bean Validation annotations (the limits declared
 * once on the record, which the OpenAPI schema shows) and turns each violation into a
 * {@link FieldProblem}. Messages on the annotations are sentences without a final period;
 * a number that broke a limit is quoted short ("; got 900.").
 */
public final class Violations {

    private Violations() {
    }

    public static <T> List<FieldProblem> of(Validator validator, T request) {
        List<FieldProblem> out = new ArrayList<>();
        validator.validate(request)
            .stream()
            .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                .thenComparing(ConstraintViolation::getMessage))
            .forEach(v -> out.add(new FieldProblem(field(v.getPropertyPath()), sentence(v))));
        return out;
    }

    private static String field(Path path) {
        for (Path.Node n : path) {
            if (n.getName() != null) {
                return n.getName();
            }
        }
        return "body";
    }

    private static String sentence(ConstraintViolation<?> v) {
        String m = v.getMessage();
        return v.getInvalidValue() instanceof BigDecimal b ? m + "; got " + Quote.number(b) + "." : m + ".";
    }

}
