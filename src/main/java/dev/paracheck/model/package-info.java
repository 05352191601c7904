/**
 * Immutable values shared by every stage of the pipeline: documents, alignments, findings, reports.
 * Imports the JDK only.
 */
package dev.paracheck.model;
