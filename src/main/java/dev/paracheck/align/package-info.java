/**
 * align: pure functions from two segmented documents to an {@link dev.paracheck.model.Alignment}
 * (cost, fill, traceback). No I/O. May import {@code model} and {@code internal}.
 */
package dev.paracheck.align;
