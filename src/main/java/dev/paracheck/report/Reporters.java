package dev.paracheck.report;

import dev.paracheck.internal.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry of report formats, by {@code --format} name. */
public final class Reporters {
    private static final Map<String, Reporter> BY_NAME = new LinkedHashMap<>();

    static {
        for (Reporter r : List.of(new ConsoleReporter(), new HtmlReporter(), new JsonReporter(), new SarifReporter(),
                new JUnitReporter(), new MarkdownReporter(), new TmxReporter(), new TsvReporter(), new LadderReporter())) {
            BY_NAME.put(r.format(), r);
        }
    }

    private Reporters() {
    }

    /** The reporters named in a {@code --format} list such as {@code console,html,json}; unknown names fail. */
    public static List<Reporter> parse(List<String> names) {
        List<Reporter> out = new ArrayList<>();
        for (String raw : names) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            Reporter r = BY_NAME.get(name);
            if (r == null) {
                throw new InputException("--format: unknown format '" + name + "' (known: "
                        + String.join(", ", BY_NAME.keySet()) + ")");
            }
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        if (out.isEmpty()) {
            throw new InputException("--format: no format given");
        }
        return out;
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
