package org.baclo.web;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Ids in paths, query parameters and forms are canonical decimal digits: {@code 12},
 * never {@code +12}, {@code 012}, {@code 0xC} or full-width {@code １２} (which
 * {@link Long#parseLong} would accept), so one record has one URL and odd spellings are
 * refused (400) instead of resolved. A property editor, not a converter: Spring falls
 * back to its default number editor when a converter refuses a value.
 */
@ControllerAdvice
class CanonicalIds {

    private static final Pattern DIGITS = Pattern.compile("0|[1-9][0-9]{0,18}");

    @InitBinder
    void ids(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new IdEditor(false));
        binder.registerCustomEditor(Long.class, new IdEditor(true));
    }

    static Long parse(String s) {
        if (s == null || !DIGITS.matcher(s).matches()) {
            throw new IllegalArgumentException("not a canonical decimal id");
        }
        return Long.parseLong(s);
    }

    private static final class IdEditor extends PropertyEditorSupport {

        private final boolean nullable;

        IdEditor(boolean nullable) {
            this.nullable = nullable;
        }

        @Override
        public void setAsText(String text) {
            if (nullable && (text == null || text.isBlank())) {
                setValue(null);
                return;
            }
            setValue(parse(text == null ? null : text.trim()));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }

    }

}
