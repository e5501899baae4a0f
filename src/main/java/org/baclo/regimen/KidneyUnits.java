package org.baclo.regimen;

import java.math.BigDecimal;
import org.baclo.knowledge.KidneyInputs;
import org.baclo.units.MgPerDl;
import org.baclo.units.UmolPerL;

/**
 * Plausibility of a typed serum creatinine (BACLOFEN.md §5, a data-entry check, A):
 * outside the range it is refused, naming the field; when the value fits the other unit's
 * range the message says which unit was likely meant ("88 mg/dL is not plausible; did you
 * mean 88 µmol/L = 1 mg/dL?").
 */
public final class KidneyUnits {

    private KidneyUnits() {
    }

    /**
     * @throws InvalidRequestException naming {@code creatinineMgDl} when {@code v} mg/dL
     * is not plausible
     */
    public static void checkMgDl(KidneyInputs k, BigDecimal v) {
        if (v.compareTo(k.creatinineMinMgDl()) >= 0 && v.compareTo(k.creatinineMaxMgDl()) <= 0) {
            return;
        }
        String hint = inRange(v, k.creatinineMinUmolL(), k.creatinineMaxUmolL()) ? "; did you mean "
                + new UmolPerL(v).format(1) + " = " + new UmolPerL(v).toMgPerDl().format(2) + "? Enter it as µmol/L"
                : ": check the value";
        throw new InvalidRequestException("creatinineMgDl", plain(v) + " mg/dL is not plausible (allowed "
                + range(k.creatinineMinMgDl(), k.creatinineMaxMgDl(), "mg/dL") + ")" + hint);
    }

    /**
     * @throws InvalidRequestException naming {@code creatinineUmolL} when {@code v}
     * µmol/L is not plausible
     */
    public static void checkUmolL(KidneyInputs k, BigDecimal v) {
        if (v.compareTo(k.creatinineMinUmolL()) >= 0 && v.compareTo(k.creatinineMaxUmolL()) <= 0) {
            return;
        }
        String hint = inRange(v, k.creatinineMinMgDl(), k.creatinineMaxMgDl()) ? "; did you mean "
                + new MgPerDl(v).format(2) + " = " + new MgPerDl(v).toUmolPerL().format(0) + "? Enter it as mg/dL"
                : ": check the value";
        throw new InvalidRequestException("creatinineUmolL", plain(v) + " µmol/L is not plausible" + " (allowed "
                + range(k.creatinineMinUmolL(), k.creatinineMaxUmolL(), "µmol/L") + ")" + hint);
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static boolean inRange(BigDecimal v, BigDecimal min, BigDecimal max) {
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }

    private static String range(BigDecimal min, BigDecimal max, String unit) {
        return min.toPlainString() + "–" + max.toPlainString() + " " + unit;
    }

}
