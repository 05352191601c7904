package dev.paracheck.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The templates, styles and scripts of the HTML pages: resources beside this class (in the sources,
 * {@code src/main/resources/dev/paracheck/report/}), read as UTF-8.
 *
 * <p>Templates are Mustache ({@code NAME.mustache}), rendered by JMustache: logic-less, so the markup lives in the
 * templates and every decision (what a page shows, in which order, which class a row takes) in the Java that
 * builds their data, as records whose accessors the templates name. Every {@code {{value}}} is escaped by
 * {@link Html#escape}. A triple mustache, {@code {{{value}}}}, writes a value as it is: it is kept for a page's own
 * style and script and for values whose name ends in {@code Html}, which the Java side builds from escaped text
 * ({@code TemplatesTest} holds every template to that). A value that is missing, or null, is an error rather than
 * an empty string; an optional value is null where it is absent and stands only in a section, which null skips
 * ({@code {{#title}} title="{{.}}"{{/title}}}). (JMustache's {@code emptyStringIsFalse} would let "" do that, but it
 * turns every section's value into a string to test it: a whole section's {@code toString()}.)
 *
 * <p>A partial whose name starts with {@code _} ({@code {{> _finding}}}) is a fragment used inside a line: the line
 * break that ends its file is not part of it. Other partials stand on a line of their own and bring their lines.
 *
 * <p>Each page compiles its template once per JVM, in a holder class, so a run that writes no HTML reads none of
 * this (the partials a template includes are compiled when it first renders). Compiled templates are immutable
 * and thread-safe.
 */
final class Templates {
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .withEscaper(Html::escape)
            .withLoader(name -> new StringReader(partial(name)));

    private Templates() {
    }

    /** The template {@code name.mustache}, compiled. */
    static Template compile(String name) {
        return COMPILER.compile(text(name + ".mustache"));
    }

    /** The resource {@code name} beside this class, as UTF-8 text. */
    static String text(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: dev/paracheck/report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource dev/paracheck/report/" + name, e);
        }
    }

    /** A partial's text; a fragment's ({@code _name}) without the line break that ends its file. */
    private static String partial(String name) {
        String text = text(name + ".mustache");
        return name.startsWith("_") && text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
