package org.baclo.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.baclo.units.Milligrams;

/**
 * Reads adverse-reactions.yaml: label frequencies, serious signs, overdose, withdrawal.
 */
final class AdverseReactionsReader {

    private AdverseReactionsReader() {
    }

    static AdverseReactions readAdverse(Node file) {
        List<AdverseReaction> common = new ArrayList<>();
        Checks.Unique names = new Checks.Unique("name");
        for (Node n : file.entries("common", "reaction", "name")) {
            AdverseReaction a = new AdverseReaction(n.text("name"), n.range("frequency", "%"), n.optText("note"),
                    n.sources(), n.confidence());
            names.check(n, a.name());
            n.finish();
            common.add(a);
        }
        SignList serious = Checks.signs(file.child("serious"), "signs");
        SignList lab = Checks.signs(file.child("laboratory"), "findings");
        List<TextFact> other = new ArrayList<>();
        int i = 0;
        for (Node n : file.entries("other", "other reaction", "text")) {
            other.add(Checks.textFact(n, "other-" + (++i), "text"));
        }
        Node overdose = file.child("overdose");
        SignList overdoseOral = Checks.signs(overdose.child("oral"), "signs");
        Node t = overdose.child("threshold");
        OverdoseThreshold threshold = new OverdoseThreshold(t.text("text"), t.quantity("amount", "mg", Milligrams::new),
                t.sources(), t.confidence());
        t.finish();
        SignList overdoseItb = Checks.signs(overdose.child("intrathecal"), "signs");
        overdose.finish();
        Node withdrawal = file.child("withdrawal");
        SignList wOral = Checks.signs(withdrawal.child("oral"), "signs");
        SignList wItb = Checks.signs(withdrawal.child("intrathecal"), "signs");
        withdrawal.finish();
        file.finish();
        return new AdverseReactions(common, serious, lab, other, overdoseOral, threshold, overdoseItb, wOral, wItb);
    }

}
