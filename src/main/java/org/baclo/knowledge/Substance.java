package org.baclo.knowledge;

import java.util.List;

/**
 * A substance a patient may take, with brand names, ATC code and interaction classes
 * (ids).
 */
public record Substance(String name, List<String> brands, List<String> aliases, String atc, List<String> classes,
        List<String> source, Confidence confidence) implements Sourced {

    public Substance {
        brands = List.copyOf(brands);
        aliases = List.copyOf(aliases);
        classes = List.copyOf(classes);
        source = List.copyOf(source);
    }
}
