package dev.paracheck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StageTimesTest {
    @Test
    void sumsEachStageInTheOrderFirstSeen() {
        StageTimes times = new StageTimes();
        times.add("read", 1_500_000_000L);
        times.add("align", 250_000_000L);
        times.add("read", 500_000_000L);

        assertThat(times.summary()).isEqualTo("read 2.00 s, align 0.25 s");
        assertThat(times.seconds("read")).isEqualTo(2.0);
        assertThat(times.seconds("never")).isZero();
    }

    @Test
    void timesWorkThatThrowsAndPassesResultsAndErrorsThrough() {
        StageTimes times = new StageTimes();

        assertThat(times.time("segment", () -> 42)).isEqualTo(42);
        assertThatThrownBy(() -> times.time("read", () -> {
            throw new IllegalStateException("broken file");
        })).hasMessage("broken file");
        assertThat(times.summary()).startsWith("segment ").contains(", read ");
    }

    @Test
    void addsFromManyThreadsWithoutLosingAny() {
        StageTimes times = new StageTimes();
        IntStream.range(0, 10_000).parallel().forEach(i -> times.add("check", 1_000_000L));

        assertThat(times.seconds("check")).isEqualTo(10.0);
    }

    @Test
    void offRecordsNothing() {
        assertThat(StageTimes.OFF.time("read", () -> "text")).isEqualTo("text");
        StageTimes.OFF.add("read", 5L);

        assertThat(StageTimes.OFF.summary()).isEmpty();
    }
}
