package dev.paracheck.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * Wall-clock time spent per named stage (read, segment, align, each check, reports), summed over every call,
 * in the order the stages were first seen: what {@code --verbose} prints, so that a user can tell a slow grammar
 * check from a slow PDF. Thread-safe (directory mode times its pairs in parallel and sums them).
 */
public final class StageTimes {
    /** Times nothing and costs nothing. */
    public static final StageTimes OFF = new StageTimes(false);

    private final boolean on;
    private final long start = System.nanoTime();
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    public StageTimes() {
        this(true);
    }

    private StageTimes(boolean on) {
        this.on = on;
    }

    /** Whether this records anything ({@link #OFF} does not). */
    public boolean isOn() {
        return on;
    }

    /** Seconds since this was made: the whole run's wall-clock time. */
    public double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Runs {@code work} and adds its wall-clock time to {@code stage}, also when it throws. */
    public <T> T time(String stage, Supplier<T> work) {
        if (!on) {
            return work.get();
        }
        long began = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - began);
        }
    }

    /** Adds {@code elapsed} nanoseconds to {@code stage}. */
    public synchronized void add(String stage, long elapsed) {
        if (on) {
            nanos.merge(stage, elapsed, Long::sum);
        }
    }

    /** The seconds spent in {@code stage} so far (0 when never timed). */
    public synchronized double seconds(String stage) {
        return nanos.getOrDefault(stage, 0L) / 1e9;
    }

    /** One line: {@code read 0.41 s, segment 0.20 s, …}; empty when nothing was timed. */
    public synchronized String summary() {
        StringJoiner out = new StringJoiner(", ");
        nanos.forEach((stage, n) -> out.add(stage + " " + String.format(Locale.ROOT, "%.2f s", n / 1e9)));
        return out.toString();
    }
}
