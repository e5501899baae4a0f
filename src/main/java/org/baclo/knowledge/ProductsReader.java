package org.baclo.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.baclo.units.McgPerMl;
import org.baclo.units.MgPerMl;
import org.baclo.units.Milligrams;

/**
 * Reads products.yaml: oral and intrathecal products; checks strengths against
 * dosing.yaml.
 */
final class ProductsReader {

    private ProductsReader() {
    }

    static List<OralProduct> readOralProducts(Node file) {
        List<OralProduct> out = new ArrayList<>();
        Checks.Unique ids = new Checks.Unique("id");
        for (Node n : file.entries("oral", "oral product", "id")) {
            String id = Checks.id(n);
            ids.check(n, id);
            OralForm form = n.enumValue("form", OralForm.class);
            List<Milligrams> strengths = n.quantityList("strengths", "mg", Milligrams::new);
            Optional<MgPerMl> concentration = n.optQuantity("concentration", "mg/mL", MgPerMl::new);
            for (Milligrams s : strengths) {
                if (s.value().signum() <= 0) {
                    n.problem("strengths", "impossible strength " + s + ": must be greater than 0 mg");
                }
            }
            if (form != null && form.isLiquid() && (concentration.isEmpty() || !strengths.isEmpty())) {
                n.problem("concentration", "a liquid has one concentration in mg/mL and no strengths");
            }
            if (form != null && !form.isLiquid() && (strengths.isEmpty() || concentration.isPresent())) {
                n.problem("strengths",
                        "a " + form.name().toLowerCase(Locale.ROOT) + " has unit strengths in mg and no concentration");
            }
            out.add(new OralProduct(id, n.text("name"), n.textList("brands"), form, strengths, concentration,
                    n.bool("scored", false), n.optText("notes"), n.sources(), n.confidence()));
            n.finish();
        }
        return out;
    }

    /**
     * Impossible strengths: a unit strength above the label's single-dose maximum cannot
     * be a real product.
     */
    static void checkProductsAgainstDosing(List<OralProduct> oral, Dosing dosing, Problems problems) {
        if (dosing == null || dosing.oral() == null || dosing.oral().maxSingle() == null) {
            return;
        }
        Milligrams maxSingle = dosing.oral().maxSingle();
        for (int i = 0; i < oral.size(); i++) {
            OralProduct p = oral.get(i);
            for (Milligrams s : p.strengths()) {
                if (s.isGreaterThan(maxSingle)) {
                    problems.add(new KnowledgeProblem("products.yaml",
                            "oral product '" + p.id() + "' (#" + (i + 1) + ")", "strengths", "impossible strength " + s
                                    + ": above the single-dose maximum of " + maxSingle + " (dosing.yaml)"));
                }
            }
        }
    }

    static List<IntrathecalProduct> readIntrathecalProducts(Node file) {
        List<IntrathecalProduct> out = new ArrayList<>();
        Checks.Unique ids = new Checks.Unique("id");
        for (Node n : file.entries("intrathecal", "intrathecal product", "id")) {
            String id = Checks.id(n);
            ids.check(n, id);
            List<McgPerMl> c = n.quantityList("concentrations", "mcg/mL", McgPerMl::new);
            if (c.isEmpty()) {
                n.problem("concentrations", "is missing: list the concentrations in mcg/mL");
            }
            out.add(new IntrathecalProduct(id, n.text("name"), c, n.sources(), n.confidence()));
            n.finish();
        }
        return out;
    }

}
