package dev.paracheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paracheck.model.Link;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwapDetectorTest {
    private static final CostModel MODEL = new CostModel(1.0, 6.8, 0.4, 0.02, 2.5, 2.5, 5.0);
    private static final List<Link> STRAIGHT = List.of(new Link(List.of(0), List.of(0), false, 1.0),
            new Link(List.of(1), List.of(1), false, 1.0));

    private static Side side(int[]... keys) {
        return Side.of(Arrays.stream(keys).map(k -> new Unit(50, k, new int[0], new int[0], false)).toList());
    }

    @Test
    void twoSentencesWhoseAnchorsAllCrossAreSwapped() {
        Side src = side(new int[] {1, 2}, new int[] {3, 4});
        Side tgt = side(new int[] {3, 4}, new int[] {1, 2});

        List<Link> out = SwapDetector.untangle(STRAIGHT, src, tgt, MODEL);

        assertThat(out).extracting(Link::source, Link::target, Link::moved).containsExactly(
                tuple(List.of(0), List.of(1), false),
                tuple(List.of(1), List.of(0), true));
    }

    /** One word of a sentence found in its neighbour's translation (about 3 nats) is no swap. */
    @Test
    void oneAnchorFoundInTheNeighbourIsNoSwap() {
        Side src = side(new int[] {1, 2}, new int[] {3, 4});
        Side tgt = side(new int[] {5, 6}, new int[] {1, 7});

        assertThat(SwapDetector.untangle(STRAIGHT, src, tgt, MODEL)).isEqualTo(STRAIGHT);
    }
}
