/**
 * ingest: turns a file of any format into paragraphs with their positions. The only home of Apache Tika.
 * May import {@code model}, {@code internal} and Tika.
 */
package dev.paracheck.ingest;
