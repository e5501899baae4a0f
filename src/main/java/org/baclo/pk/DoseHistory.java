package org.baclo.pk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.baclo.units.Milligrams;

/**
 * Doses at exact instants from a start instant (time 0 of the simulation): a plan as
 * scheduled, or what was actually taken, with missed, late and extra doses. Times are
 * resolved to the millisecond. Immutable and thread-safe; the editing methods return new
 * histories. The simulator's compiled form is built once, here.
 */
public final class DoseHistory {

    private static final Comparator<DoseEvent> BY_TIME = Comparator.comparing(DoseEvent::time);

    private final Instant start;

    private final List<DoseEvent> events;

    private final DoseSchedule schedule;

    /** The events are sorted by time; none may be before {@code start}. */
    public DoseHistory(Instant start, List<DoseEvent> events) {
        this.start = Objects.requireNonNull(start, "start");
        this.events = events.stream().sorted(BY_TIME).toList();
        for (DoseEvent e : this.events) {
            if (e.time().isBefore(start)) {
                throw new PkInputException(
                        "a dose at " + e.time() + " is before the start of the history (" + start + ")");
            }
        }
        this.schedule = compile();
    }

    public Instant start() {
        return start;
    }

    /** The events in time order. */
    public List<DoseEvent> events() {
        return events;
    }

    /**
     * {@code count} doses of {@code dose} every {@code interval}, the first at
     * {@code start}.
     */
    public static DoseHistory regular(Instant start, Milligrams dose, Duration interval, int count) {
        if (interval.isNegative() || interval.isZero()) {
            throw new PkInputException("the dosing interval must be longer than 0; got " + interval);
        }
        if (count < 0) {
            throw new PkInputException("the number of doses must not be negative; got " + count);
        }
        List<DoseEvent> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(DoseEvent.taken(start.plus(interval.multipliedBy(i)), dose));
        }
        return new DoseHistory(start, list);
    }

    /**
     * Doses of {@code dose} at the given hours after {@code Instant.EPOCH} (which is the
     * start).
     */
    public static DoseHistory atHours(Milligrams dose, double... hours) {
        List<DoseEvent> list = new ArrayList<>();
        for (double h : hours) {
            list.add(DoseEvent.taken(Instant.EPOCH.plusMillis(Math.round(h * 3_600_000)), dose));
        }
        return new DoseHistory(Instant.EPOCH, list);
    }

    /** This history with its {@code index}-th dose (in time order, from 0) missed. */
    public DoseHistory miss(int index) {
        DoseEvent e = events.get(index);
        return replace(index, DoseEvent.missed(e.plannedTime(), e.amount()));
    }

    /**
     * This history with its {@code index}-th dose taken {@code delay} after it was due.
     */
    public DoseHistory late(int index, Duration delay) {
        DoseEvent e = events.get(index);
        return replace(index, DoseEvent.late(e.plannedTime(), e.plannedTime().plus(delay), e.amount()));
    }

    /** This history with an extra dose. */
    public DoseHistory withExtra(Instant time, Milligrams amount) {
        List<DoseEvent> list = new ArrayList<>(events);
        list.add(DoseEvent.extra(time, amount));
        return new DoseHistory(start, list);
    }

    private DoseHistory replace(int index, DoseEvent event) {
        List<DoseEvent> list = new ArrayList<>(events);
        list.set(index, event);
        return new DoseHistory(start, list);
    }

    /** The total amount swallowed. */
    public Milligrams totalTaken() {
        return events.stream()
            .filter(e -> e.status().isIntake())
            .map(DoseEvent::amount)
            .reduce(Milligrams.ZERO, Milligrams::plus);
    }

    /** The number of intakes (missed doses excluded). */
    public long intakeCount() {
        return events.stream().filter(e -> e.status().isIntake()).count();
    }

    /**
     * The intakes as the simulator reads them; intakes in the same millisecond are added
     * together.
     */
    DoseSchedule schedule() {
        return schedule;
    }

    private DoseSchedule compile() {
        TreeMap<Long, Double> byTime = new TreeMap<>();
        for (DoseEvent e : events) {
            if (e.status().isIntake()) {
                long ms = Duration.between(start, e.time()).toMillis();
                byTime.merge(ms, e.amount().asDouble(), Double::sum);
            }
        }
        long[] t = new long[byTime.size()];
        double[] a = new double[byTime.size()];
        int i = 0;
        for (var entry : byTime.entrySet()) {
            t[i] = entry.getKey();
            a[i++] = entry.getValue();
        }
        return new DoseSchedule(t, a);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DoseHistory h && start.equals(h.start) && events.equals(h.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, events);
    }

    @Override
    public String toString() {
        return "DoseHistory[start=" + start + ", events=" + events.size() + "]";
    }

}
