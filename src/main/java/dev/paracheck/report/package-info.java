/**
 * report: writers that render one finished {@link dev.paracheck.model.Report}, and safe report files.
 * May import {@code model}, {@code internal}, Jackson's streaming generator and JMustache (the HTML pages' templates,
 * {@code Templates}; no other package imports it).
 */
package dev.paracheck.report;
