package org.baclo.regimen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.baclo.knowledge.OralForm;
import org.baclo.knowledge.OralProduct;
import org.baclo.knowledge.Rounding;
import org.baclo.units.MgPerMl;
import org.baclo.units.Milligrams;
import org.baclo.units.Millilitres;

/**
 * Makes single doses from one oral product (BACLOFEN.md §3 "Product defaults",
 * [BACLO-A]): tablets whole or as halves of scored strengths, with the fewest pieces
 * (then the fewest halves); granule packets combined, never split; liquids in steps of
 * {@code rounding.liquidStep}. Every dose this class makes holds exactly the amount asked
 * for. Immutable and thread-safe.
 */
public final class DoseMaker {

    /**
     * Above this many grid units of bulk, whole units of the largest strength are taken
     * first (keeps the search small).
     */
    private static final int WINDOW_FACTOR = 4;

    private static final int MAX_SCAN = 100_000;

    /**
     * A technical bound, not a clinical one: doses above a million grid steps (2,500,000
     * mg for tablets) are not made at all, so that arithmetic stays exact and fast.
     * Clinical limits are the safety rules' business.
     */
    private static final long MAX_UNITS = 1_000_000;

    private final OralProduct product;

    private final BigDecimal grid;

    private final List<PieceType> types;

    private final Optional<Millilitres> liquidStep;

    private record PieceType(Milligrams strength, boolean half, int units) {
    }

    private DoseMaker(OralProduct product, BigDecimal grid, List<PieceType> types, Optional<Millilitres> step) {
        this.product = product;
        this.grid = grid;
        this.types = List.copyOf(types);
        this.liquidStep = step;
    }

    public static DoseMaker of(OralProduct product, Rounding rounding) {
        if (product.form().isLiquid()) {
            MgPerMl c = product.concentration()
                .orElseThrow(
                        () -> new IllegalArgumentException("liquid product " + product.id() + " has no concentration"));
            BigDecimal grid = c.value().multiply(rounding.liquidStep().value()).stripTrailingZeros();
            return new DoseMaker(product, grid, List.of(), Optional.of(rounding.liquidStep()));
        }
        boolean halves = product.form() == OralForm.TABLET && product.scored() && rounding.tabletHalvesOfScored();
        List<BigDecimal> sizes = new ArrayList<>();
        List<Milligrams> strengths = product.strengths().stream().sorted(Comparator.reverseOrder()).toList();
        for (Milligrams s : strengths) {
            sizes.add(s.value());
            if (halves) {
                sizes.add(s.value().divide(BigDecimal.valueOf(2)));
            }
        }
        BigDecimal grid = gcd(sizes);
        List<PieceType> types = new ArrayList<>();
        for (Milligrams s : strengths) {
            types.add(new PieceType(s, false, s.value().divide(grid).intValueExact()));
        }
        if (halves) {
            for (Milligrams s : strengths) {
                types.add(
                        new PieceType(s, true, s.value().divide(grid.multiply(BigDecimal.valueOf(2))).intValueExact()));
            }
        }
        return new DoseMaker(product, grid, types, Optional.empty());
    }

    public OralProduct product() {
        return product;
    }

    /**
     * The smallest step between doses this product can make, e.g. 2.5 mg for 5/10/20 mg
     * scored tablets.
     */
    public Milligrams grid() {
        return new Milligrams(grid);
    }

    /**
     * "tablet (5, 10, 20 mg; halves of scored tablets)", "solution-1mg-ml (1 mg/mL in 0.5
     * mL steps)".
     */
    public String describe() {
        if (liquidStep.isPresent()) {
            return product.id() + " (" + product.concentration().orElseThrow() + " in " + liquidStep.get() + " steps)";
        }
        String s = product.strengths().stream().map(m -> m.value().toPlainString()).collect(Collectors.joining(", "));
        boolean halves = types.stream().anyMatch(PieceType::half);
        return product.id() + " (" + s + " mg" + (halves ? "; halves of scored tablets" : "; whole units only") + ")";
    }

    /**
     * The largest dose this class will make (a technical bound, see {@link #MAX_UNITS}).
     */
    public Milligrams largest() {
        return fromUnits(MAX_UNITS);
    }

    /**
     * @throws InvalidRequestException naming {@code field} when {@code dose} is above
     * {@link #largest()}
     */
    public void checkSize(Milligrams dose, String field) {
        if (dose.isGreaterThan(largest())) {
            throw new InvalidRequestException(field,
                    dose + " is too large: Baclo makes single doses of up to " + largest() + " from " + product.id());
        }
    }

    /** Whether {@code dose} (above 0) can be made exactly. */
    public boolean canMake(Milligrams dose) {
        if (dose.isGreaterThan(largest())) {
            return false;
        }
        Optional<Long> units = units(dose);
        return units.isPresent() && units.get() > 0 && (liquidStep.isPresent() || solve(units.get()).isPresent());
    }

    /**
     * The dose in this product.
     * @param field names the input in the error, e.g. {@code steps[1].doses[0].mg}
     * @throws DoseNotMakeableException naming the nearest doses the product can make
     */
    public ProductAmount make(Milligrams dose, String field) {
        checkSize(dose, field);
        Optional<Long> units = units(dose).filter(u -> u > 0);
        if (units.isPresent() && liquidStep.isPresent()) {
            MgPerMl c = product.concentration().orElseThrow();
            Millilitres ml = new Millilitres(dose.value().divide(c.value(), 6, RoundingMode.UNNECESSARY));
            return new LiquidAmount(product.id(), ml, c);
        }
        Optional<int[]> counts = units.flatMap(this::solve);
        if (counts.isEmpty()) {
            throw new DoseNotMakeableException(field, dose, describe(), nearest(dose));
        }
        return solid(counts.get());
    }

    /**
     * The largest makeable dose at or below {@code dose}; empty when even the smallest is
     * above it.
     */
    public Optional<Milligrams> floor(Milligrams dose) {
        long u = Milligrams.min(dose, largest()).value().divide(grid, 0, RoundingMode.FLOOR).longValueExact();
        for (long i = u; i > 0 && u - i < MAX_SCAN; i--) {
            if (makeableUnits(i)) {
                return Optional.of(fromUnits(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The smallest makeable dose at or above {@code dose} (and above 0); {@code dose} at
     * most {@link #largest()}.
     */
    public Milligrams ceil(Milligrams dose) {
        if (dose.isGreaterThan(largest())) {
            throw new IllegalArgumentException(dose + " is above the largest dose made, " + largest());
        }
        long u = Math.max(1, dose.value().divide(grid, 0, RoundingMode.CEILING).longValueExact());
        for (long i = u; i < u + MAX_SCAN; i++) {
            if (makeableUnits(i)) {
                return fromUnits(i);
            }
        }
        throw new IllegalStateException("no makeable dose above " + dose + " for " + product.id());
    }

    /**
     * The nearest makeable doses below and above {@code dose} (one of them when the other
     * does not exist).
     */
    public List<Milligrams> nearest(Milligrams dose) {
        List<Milligrams> out = new ArrayList<>();
        if (dose.isGreaterThan(largest())) {
            return List.of(floor(dose).orElseThrow());
        }
        floor(dose).filter(f -> f.compareTo(dose) != 0).ifPresent(out::add);
        Milligrams up = ceil(dose);
        if (up.compareTo(dose) != 0) {
            out.add(up);
        }
        if (out.isEmpty()) {
            out.add(up);
        }
        return out;
    }

    private boolean makeableUnits(long u) {
        return liquidStep.isPresent() || solve(u).isPresent();
    }

    private Milligrams fromUnits(long u) {
        return new Milligrams(grid.multiply(BigDecimal.valueOf(u)));
    }

    private Optional<Long> units(Milligrams dose) {
        BigDecimal[] qr = dose.value().divideAndRemainder(grid);
        return qr[1].signum() == 0 ? Optional.of(qr[0].longValueExact()) : Optional.empty();
    }

    /**
     * Counts per piece type that add up to {@code total} grid units with the fewest
     * pieces, then fewest halves.
     */
    private Optional<int[]> solve(long total) {
        PieceType largest = types.get(0);
        long window = (long) WINDOW_FACTOR * largest.units();
        long bulk = total > window ? (total - window + largest.units() - 1) / largest.units() : 0;
        int rest = (int) (total - bulk * largest.units());
        int[] pieces = new int[rest + 1];
        int[] halves = new int[rest + 1];
        int[] choice = new int[rest + 1];
        java.util.Arrays.fill(pieces, Integer.MAX_VALUE);
        pieces[0] = 0;
        for (int t = 1; t <= rest; t++) {
            for (int i = 0; i < types.size(); i++) {
                PieceType p = types.get(i);
                int from = t - p.units();
                if (from < 0 || pieces[from] == Integer.MAX_VALUE) {
                    continue;
                }
                int np = pieces[from] + 1;
                int nh = halves[from] + (p.half() ? 1 : 0);
                if (np < pieces[t] || (np == pieces[t] && nh < halves[t])) {
                    pieces[t] = np;
                    halves[t] = nh;
                    choice[t] = i;
                }
            }
        }
        if (pieces[rest] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        int[] counts = new int[types.size()];
        counts[0] = Math.toIntExact(bulk);
        for (int t = rest; t > 0; t -= types.get(choice[t]).units()) {
            counts[choice[t]]++;
        }
        return Optional.of(counts);
    }

    private SolidAmount solid(int[] counts) {
        Map<Milligrams, int[]> byStrength = new LinkedHashMap<>();
        for (int i = 0; i < types.size(); i++) {
            if (counts[i] == 0) {
                continue;
            }
            int[] wh = byStrength.computeIfAbsent(types.get(i).strength(), s -> new int[2]);
            wh[types.get(i).half() ? 1 : 0] += counts[i];
        }
        List<Pieces> pieces = new ArrayList<>();
        byStrength.entrySet()
            .stream()
            .sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
            .forEach(e -> pieces.add(new Pieces(e.getKey(), e.getValue()[0], e.getValue()[1])));
        return new SolidAmount(product.id(), product.form(), pieces);
    }

    private static BigDecimal gcd(List<BigDecimal> values) {
        int scale = values.stream().mapToInt(v -> Math.max(0, v.stripTrailingZeros().scale())).max().orElse(0);
        BigInteger g = BigInteger.ZERO;
        for (BigDecimal v : values) {
            g = g.gcd(v.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue());
        }
        return new BigDecimal(g, scale).stripTrailingZeros();
    }

}
