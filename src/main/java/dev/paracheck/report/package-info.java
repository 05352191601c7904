/**
 * report: writers that render one finished {@link dev.paracheck.model.Report}, and safe report files.
 * May import {@code model}, {@code internal} and Jackson's streaming generator.
 */
package dev.paracheck.report;
