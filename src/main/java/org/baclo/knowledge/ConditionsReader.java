package org.baclo.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Reads conditions.yaml: conditions and the pregnancy and driving precautions. */
final class ConditionsReader {

    private ConditionsReader() {
    }

    static List<Condition> readConditions(Node file) {
        List<Condition> out = new ArrayList<>();
        Checks.Unique ids = new Checks.Unique("id");
        for (Node n : file.entries("conditions", "condition", "id")) {
            Condition c = new Condition(Checks.id(n), n.text("name"), n.textList("aliases"),
                    n.enumValue("severity", Severity.class), n.text("rule"), Checks.code(n, "findingCode"), n.sources(),
                    n.confidence());
            ids.check(n, c.id());
            n.finish();
            out.add(c);
        }
        return out;
    }

    static Condition precaution(Node n, String id, String name) {
        Condition c = new Condition(id, name, List.of(), n.enumValue("severity", Severity.class), n.text("rule"),
                Checks.code(n, "findingCode"), n.sources(), n.confidence());
        n.finish();
        return c;
    }

}
