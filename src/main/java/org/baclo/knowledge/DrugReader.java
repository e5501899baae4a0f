package org.baclo.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Reads drug.yaml: the drug and its indications. */
final class DrugReader {

    private DrugReader() {
    }

    static Drug readDrug(Node n) {
        Drug d = new Drug(n.text("name"), n.text("atc"), n.text("class"), n.text("mechanism"), n.sources(),
                n.confidence());
        if (d.atc() != null && !Checks.ATC.matcher(d.atc()).matches()) {
            n.problem("atc", "'" + d.atc() + "' is not an ATC code such as M03BX01");
        }
        n.finish();
        return d;
    }

    static List<Indication> readIndications(Node file) {
        List<Indication> out = new ArrayList<>();
        Checks.Unique ids = new Checks.Unique("id");
        for (Node n : file.entries("indications", "indication", "id")) {
            Indication i = new Indication(Checks.id(n), n.text("name"), n.enumValue("status", IndicationStatus.class),
                    n.text("text"), n.sources(), n.confidence());
            ids.check(n, i.id());
            n.finish();
            out.add(i);
        }
        return out;
    }

}
