package org.baclo.regimen;

import java.math.BigDecimal;
import org.baclo.units.Milligrams;

/**
 * One dose expressed in a product: tablets or packets ({@link SolidAmount}) or a volume
 * of liquid ({@link LiquidAmount}).
 */
public sealed interface ProductAmount permits SolidAmount, LiquidAmount {

    /** The product id from products.yaml, e.g. "tablet". */
    String productId();

    /** The dose this amount holds, exactly. */
    Milligrams mg();

    /** How many {@link #unit()}s: tablets (a half counts 0.5), packets, or mL. */
    BigDecimal amount();

    /** "tablet", "packet" or "mL". */
    String unit();

    /** Readable, e.g. "1 tablet of 10 mg + ½ tablet of 5 mg" or "7.5 mL of 1 mg/mL". */
    String text();

}
