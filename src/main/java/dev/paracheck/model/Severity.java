package dev.paracheck.model;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used on the command line and in every report. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One level less serious ({@code info} stays {@code info}): what weaker evidence of the same check gets. */
    public Severity lower() {
        return this == ERROR ? WARNING : INFO;
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code info}, ignoring case. */
    public static Severity parse(String label) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(label.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + label + "' (expected error, warning or info)");
    }
}
