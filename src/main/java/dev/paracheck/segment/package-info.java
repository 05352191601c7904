/**
 * segment: languages and sentences. LanguageTool's sentence rules, Optimaize language identification.
 * May import {@code model}, {@code internal}, LanguageTool and Optimaize.
 */
package dev.paracheck.segment;
