package dev.paracheck.check.numbers;

import dev.paracheck.check.Occurrences;
import dev.paracheck.check.TargetCheck;
import dev.paracheck.check.TargetContext;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, and numbers in thousands, written in more than one format within the target: {@code 23/12/2023} beside
 * {@code December 22}, {@code 2023-12-23} beside {@code 23.12.2023}; {@code 11,000} beside {@code 11.000} or
 * {@code 11 000}. One finding per kind, at the first use of a format that is not the most frequent, naming every
 * format with an example, its count and its lines.
 */
public final class MixedFormatCheck implements TargetCheck {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("mixed-format", "Mixed formats",
            "Dates or numbers written in more than one format within the target.", Severity.INFO);
    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember|janvier|février|mars"
            + "|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";
    /** Date formats, by the name the message gives them. */
    private static final Map<String, Pattern> DATES = new LinkedHashMap<>();
    /** Thousands separators. */
    private static final Map<String, Pattern> THOUSANDS = new LinkedHashMap<>();

    static {
        String notDigit = "(?<![\\d.,/-])";
        String end = "(?![\\d/-]|[.,]\\d)";
        DATES.put("day/month/year", Pattern.compile(notDigit + "\\d{1,2}/\\d{1,2}/\\d{2,4}" + end));
        DATES.put("day.month.year", Pattern.compile(notDigit + "\\d{1,2}\\.\\d{1,2}\\.\\d{4}" + end));
        DATES.put("year-month-day", Pattern.compile(notDigit + "\\d{4}-\\d{2}-\\d{2}" + end));
        DATES.put("month named", Pattern.compile("(?<!\\p{L})(?:" + MONTHS + "\\s+\\d{1,2}(?!\\d)|\\d{1,2}\\.?\\s+"
                + MONTHS + ")(?!\\p{L})"));
        THOUSANDS.put("comma", Pattern.compile(notDigit + "\\d{1,3}(?:,\\d{3})+" + end));
        THOUSANDS.put("full stop", Pattern.compile(notDigit + "\\d{1,3}(?:\\.\\d{3})+" + end));
        THOUSANDS.put("space", Pattern.compile(notDigit + "\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})+" + end));
    }

    /** One format's uses: an example and the sentences. */
    private record Uses(String example, List<Integer> sentences) {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> runOnTarget(TargetContext ctx) {
        List<Finding> out = new ArrayList<>();
        mixed(ctx, "Dates", DATES).ifPresent(out::add);
        mixed(ctx, "Numbers in thousands", THOUSANDS).ifPresent(out::add);
        return out;
    }

    private static java.util.Optional<Finding> mixed(TargetContext ctx, String what, Map<String, Pattern> formats) {
        Document doc = ctx.target();
        Map<String, Uses> found = new LinkedHashMap<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            String text = doc.sentences().get(i).text();
            for (Map.Entry<String, Pattern> f : formats.entrySet()) {
                Matcher m = f.getValue().matcher(text);
                if (m.find()) {
                    Uses u = found.computeIfAbsent(f.getKey(), k -> new Uses(m.group(), new ArrayList<>()));
                    u.sentences().add(i);
                }
            }
        }
        if (found.size() < 2) {
            return java.util.Optional.empty();
        }
        List<Map.Entry<String, Uses>> byCount = new ArrayList<>(found.entrySet());
        byCount.sort((a, b) -> b.getValue().sentences().size() - a.getValue().sentences().size());
        int at = byCount.subList(1, byCount.size()).stream().mapToInt(e -> e.getValue().sentences().get(0)).min()
                .orElseThrow();
        StringBuilder message = new StringBuilder(what + " written in " + found.size() + " formats:");
        for (Map.Entry<String, Uses> e : byCount) {
            message.append(' ').append(e.getKey()).append(" (\"").append(e.getValue().example()).append("\") ")
                    .append(Occurrences.of(e.getValue().sentences(), doc)).append(',');
        }
        message.setLength(message.length() - 1);
        return java.util.Optional.of(new Finding(DESCRIPTOR.id(), ctx.severity(), message.toString(), null,
                Location.ofSentences(doc, List.of(at))));
    }
}
