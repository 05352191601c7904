package dev.paracheck.report;

import dev.paracheck.model.Report;
import java.io.IOException;
import java.io.Writer;

/** Renders one finished {@link Report} in one format. Stateless and thread-safe. */
public interface Reporter {
    /** The name used with {@code --format}, e.g. {@code json}. */
    String format();

    /** The file name extension of its reports, without the dot, e.g. {@code json}. */
    String extension();

    void write(Report report, Writer out) throws IOException;
}
