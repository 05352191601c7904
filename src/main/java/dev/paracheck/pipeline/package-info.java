/** pipeline: the single place that wires the stages. May import every stage package, never {@code cli}. */
package dev.paracheck.pipeline;
