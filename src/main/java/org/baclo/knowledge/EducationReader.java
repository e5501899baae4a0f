package org.baclo.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads scales.yaml, alternatives.yaml and faq.yaml (one method per file). */
final class EducationReader {

    private EducationReader() {
    }

    static final Set<String> FAQ_TOPICS = Set.of("overview", "dosing", "side-effects", "interactions", "precautions",
            "withdrawal", "pk", "products", "itb", "alternatives");

    static List<Scale> readScales(Node file) {
        List<Scale> out = new ArrayList<>();
        Checks.Unique ids = new Checks.Unique("id");
        for (Node n : file.entries("scales", "scale", "id")) {
            Scale s = new Scale(Checks.id(n), n.text("name"), n.text("rater"), n.bool("perMuscleGroup", false),
                    n.textList("values"), n.textList("labels"), n.optRange("range", ""), n.optText("loinc"),
                    n.optText("unit"), n.optText("note"), n.sources(), n.confidence());
            ids.check(n, s.id());
            if (!s.labels().isEmpty() && s.labels().size() != s.values().size()) {
                n.problem("labels", "has " + s.labels().size() + " labels for " + s.values().size() + " values");
            }
            n.finish();
            out.add(s);
        }
        return out;
    }

    static List<Alternative> readAlternatives(Node file) {
        List<Alternative> out = new ArrayList<>();
        Checks.Unique ids = new Checks.Unique("id");
        for (Node n : file.entries("alternatives", "alternative", "id")) {
            Alternative a = new Alternative(Checks.id(n), n.text("name"), n.text("kind"), n.text("concerns"),
                    n.sources(), n.confidence());
            ids.check(n, a.id());
            n.finish();
            out.add(a);
        }
        return out;
    }

    static List<FaqEntry> readFaq(Node file) {
        List<FaqEntry> out = new ArrayList<>();
        Checks.Unique ids = new Checks.Unique("id");
        for (Node n : file.entries("faq", "question", "id")) {
            FaqEntry f = new FaqEntry(Checks.id(n), n.text("topic"), n.text("question"), n.text("answer"), n.sources(),
                    n.confidence());
            ids.check(n, f.id());
            if (f.topic() != null && !FAQ_TOPICS.contains(f.topic())) {
                n.problem("topic", "unknown topic '" + f.topic() + "'; allowed: " + new TreeSet<>(FAQ_TOPICS));
            }
            n.finish();
            out.add(f);
        }
        return out;
    }

}
