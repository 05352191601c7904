package dev.paracheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SideTest {
    private static Unit unit(int length, boolean opens, int[] keys, int... numbers) {
        return new Unit(length, keys, numbers, new int[0], opens);
    }

    @Test
    void windowSummariesMatchTheUnits() {
        Side side = Side.of(List.of(unit(10, true, new int[] {1, 5}), unit(20, false, new int[] {5, 9}, 9),
                unit(30, true, new int[] {2}), unit(40, false, new int[0])));

        assertThat(side.length(0, 1)).isEqualTo(10);
        assertThat(side.length(1, 3)).isEqualTo(90);
        assertThat(side.opensParagraph(0)).isTrue();
        assertThat(side.opensParagraph(1)).isFalse();
        assertThat(side.breaksInside(0, 3)).as("unit 2 opens a paragraph inside [0, 3)").isEqualTo(1);
        assertThat(side.breaksInside(2, 2)).as("the first unit's own start is no break inside").isZero();
        assertThat(side.keys(0, 2)).containsExactly(1, 5, 9);
        assertThat(side.keys(0, 4)).containsExactly(1, 2, 5, 9);
        assertThat(side.numbers(0, 4)).containsExactly(9);
        assertThat(side.hasNoNumber(0, 1)).isTrue();
        assertThat(side.hasNoNumber(0, 2)).isFalse();
        assertThat(side.hasNoNumber(2, 2)).isTrue();
    }

    @Test
    void signaturesNeverMissASharedKey() {
        Random random = new Random(7);
        List<Unit> a = new ArrayList<>();
        List<Unit> b = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            a.add(unit(10, false, randomKeys(random)));
            b.add(unit(10, false, randomKeys(random)));
        }
        Side x = Side.of(a);
        Side y = Side.of(b);
        int saidDisjoint = 0;
        for (int i = 0; i + 3 <= x.size(); i++) {
            for (int j = 0; j + 3 <= y.size(); j += 7) {
                for (int sa = 1; sa <= 3; sa++) {
                    for (int sb = 1; sb <= 3; sb++) {
                        int[] kx = x.keys(i, sa);
                        int[] ky = y.keys(j, sb);
                        boolean shared = IntStream.of(kx).anyMatch(k -> IntStream.of(ky).anyMatch(l -> l == k));
                        if (x.sharesNoKey(i, sa, y, j, sb)) {
                            saidDisjoint++;
                            assertThat(shared).as("window %d+%d vs %d+%d", i, sa, j, sb).isFalse();
                        }
                    }
                }
            }
        }
        assertThat(saidDisjoint).as("the filter answers for most disjoint pairs").isGreaterThan(10_000);
    }

    private static int[] randomKeys(Random random) {
        return IntStream.generate(() -> random.nextInt(5_000)).limit(random.nextInt(12)).sorted().distinct().toArray();
    }
}
