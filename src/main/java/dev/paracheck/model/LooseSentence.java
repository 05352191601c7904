package dev.paracheck.model;

/**
 * A sentence of a multi-sentence link (at either end, or in the middle of three) that the link's other side does
 * not appear to translate: few of its anchors (names, numbers, cognates, words the pair's own links pair) that the
 * other document has stand in the other side of its link but as anchors the rest of the link has too, and the
 * link's length fits better without it. A sentence left out (or added) next to a neighbour is joined to the
 * neighbour's link by the aligner when leaving it alone costs more; this says so.
 *
 * @param sourceSide whether the sentence is a source sentence (else a target sentence)
 * @param sentence   the sentence index on its side
 * @param anchors    its anchors that the other document has somewhere
 * @param shared     how many of those the other side of its link has
 */
public record LooseSentence(boolean sourceSide, int sentence, int anchors, int shared) {
    public LooseSentence {
        if (sentence < 0 || anchors < 0 || shared < 0 || shared > anchors) {
            throw new IllegalArgumentException("bad loose sentence: " + sentence + ", " + anchors);
        }
    }
}
