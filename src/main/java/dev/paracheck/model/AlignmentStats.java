package dev.paracheck.model;

/**
 * Document-level evidence gathered while aligning, from which one can tell whether two documents are
 * translations of each other at all.
 *
 * @param linkedShare share of all sentences (both sides) that the alignment pairs with something
 * @param anchorOverlap mean Dice overlap of the anchors (numbers, names, cognates) of linked 1-1 sentences
 * @param chanceOverlap the same for sentence pairs taken at random offsets (what unrelated sentences share)
 * @param anchorsUsable true when the two sides have enough anchors for the overlaps to mean something
 * @param costGain how much cheaper the alignment is than aligning the source with the target rotated by half its
 *        length (same texts, unrelated order): near 0 for unrelated documents, well above for translations
 */
public record AlignmentStats(double linkedShare, double anchorOverlap, double chanceOverlap, boolean anchorsUsable,
                             double costGain) {
}
