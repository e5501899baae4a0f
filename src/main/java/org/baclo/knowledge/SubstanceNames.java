package org.baclo.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a typed co-medication name resolves when no substance, brand or alias matches it
 * exactly (BACLOFEN.md §8, mapping rule A; the word lists are in substances.yaml
 * {@code nameRules}): dosage-form words are dropped ("fentanyl patch"); a name joined by
 * a separator ("/", "with", "+", "&") is split into ingredients, each of which must be
 * known, and the result takes every class of every ingredient; "<name> PM" is that
 * product plus the night-time ingredient. A "#3"-style number is dropped only inside a
 * split name: alone ("Tylenol#3") its meaning is unknown, so the name stays unknown
 * rather than losing an ingredient.
 */
public record SubstanceNames(List<String> separators, List<String> formWords, String nightTimeSuffix,
        String nightTimeIngredient, List<String> source, Confidence confidence) implements Sourced {

    private static final Pattern NUMBER = Pattern.compile("\\s*(#|no\\.?\\s*)\\d+\\b");

    public SubstanceNames {
        separators = List.copyOf(separators);
        formWords = List.copyOf(formWords);
        source = List.copyOf(source);
    }

    /** The lookup key of a name: trimmed, lower case, single spaces. */
    static String key(String name) {
        return SPACES.matcher(name.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * Resolves {@code name} with {@code exact} (a key → substance lookup) and the rules
     * above.
     */
    Optional<Substance> resolve(String name, Function<String, Optional<Substance>> exact) {
        String k = withoutFormWords(key(name));
        Optional<Substance> direct = exact.apply(k);
        if (direct.isPresent() || k.isEmpty()) {
            return direct;
        }
        List<String> parts = split(NUMBER.matcher(k).replaceAll(" ").trim());
        if (parts.size() > 1) {
            List<Substance> found = new ArrayList<>();
            for (String p : parts) {
                Optional<Substance> s = single(p, exact);
                if (s.isEmpty()) {
                    return Optional.empty();
                }
                found.add(s.get());
            }
            return Optional.of(combine(found));
        }
        return night(k, exact);
    }

    private Optional<Substance> single(String part, Function<String, Optional<Substance>> exact) {
        String k = withoutFormWords(part);
        Optional<Substance> s = exact.apply(k);
        return s.isPresent() ? s : night(k, exact);
    }

    private Optional<Substance> night(String k, Function<String, Optional<Substance>> exact) {
        String suffix = " " + key(nightTimeSuffix);
        if (!k.endsWith(suffix)) {
            return Optional.empty();
        }
        Optional<Substance> base = exact.apply(withoutFormWords(k.substring(0, k.length() - suffix.length())));
        Optional<Substance> night = exact.apply(key(nightTimeIngredient));
        if (base.isEmpty() || night.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(combine(List.of(base.get(), night.get())));
    }

    private List<String> split(String k) {
        List<String> parts = List.of(k);
        for (String sep : separators) {
            String s = key(sep);
            Pattern p = Character.isLetter(s.charAt(0)) ? Pattern.compile("\\s+" + Pattern.quote(s) + "\\s+")
                    : Pattern.compile("\\s*" + Pattern.quote(s) + "\\s*");
            parts = parts.stream()
                .flatMap(x -> p.splitAsStream(x))
                .map(String::trim)
                .filter(x -> !x.isEmpty())
                .toList();
        }
        return parts;
    }

    private String withoutFormWords(String k) {
        String out = k;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String w : formWords) {
                String f = key(w);
                if (out.endsWith(" " + f)) {
                    out = out.substring(0, out.length() - f.length() - 1).trim();
                    changed = true;
                }
                else if (out.startsWith(f + " ")) {
                    out = out.substring(f.length() + 1).trim();
                    changed = true;
                }
            }
        }
        return out;
    }

    /**
     * A product of several ingredients: every class of each, their ATC codes and sources.
     */
    static Substance combine(List<Substance> ingredients) {
        Set<String> classes = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        ingredients.forEach(s -> {
            classes.addAll(s.classes());
            sources.addAll(s.source());
        });
        String atc = ingredients.stream().map(Substance::atc).filter(a -> a != null).collect(Collectors.joining(" + "));
        Confidence conf = ingredients.stream().map(Substance::confidence).max(Enum::compareTo).orElse(Confidence.A);
        return new Substance(ingredients.stream().map(Substance::name).collect(Collectors.joining(" + ")), List.of(),
                List.of(), atc.isEmpty() ? null : atc, List.copyOf(classes), List.copyOf(sources), conf);
    }
}
