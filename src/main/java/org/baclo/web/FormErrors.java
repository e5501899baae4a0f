package org.baclo.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.baclo.app.InvalidInputException;
import org.baclo.units.Quote;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Field messages for a page form, keyed by field name (first message per field). */
final class FormErrors {

    private FormErrors() {
    }

    static Map<String, String> of(BindingResult binding) {
        Map<String, String> m = new LinkedHashMap<>();
        for (FieldError e : binding.getFieldErrors()) {
            m.putIfAbsent(e.getField(),
                    "This value is not valid here: '" + Quote.value(String.valueOf(e.getRejectedValue())) + "'.");
        }
        return m;
    }

    static Map<String, String> of(InvalidInputException e) {
        Map<String, String> m = new LinkedHashMap<>();
        e.problems().forEach(p -> m.putIfAbsent(p.field(), p.message()));
        return m;
    }

}
