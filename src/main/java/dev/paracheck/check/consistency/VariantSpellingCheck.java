package dev.paracheck.check.consistency;

import dev.paracheck.check.Occurrences;
import dev.paracheck.check.TargetCheck;
import dev.paracheck.check.TargetContext;
import dev.paracheck.internal.Text;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One word or name written in variants within the target: capitalised otherwise inside a name ("Party Committee"
 * and "Party committee"), inside a word ("JavaScript" and "Javascript"), with or without a hyphen ("e-mail" and
 * "email") or a space ("Ha Noi" and "Hanoi"). Only spellings of one word or name are compared, never different
 * words (nothing says "Parteivorstand" and "Exekutivkomitee" render one term without the source). A capital at
 * the first letter only (a sentence start, a German noun made of an adjective) and text in capitals (headings)
 * are no variant; nor are two lower-case words against one ("every day", "everyday": different words), nor two
 * words at the start of a sentence or in a title in title case.
 *
 * <p>One finding per word, at the first use of a variant that is not the most frequent, naming every variant with
 * its count and lines.
 */
public final class VariantSpellingCheck implements TargetCheck {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("variant-spelling", "Variant spellings",
            "One word or name written in variants within the target (capitals, hyphens, spaces).", Severity.INFO);
    /** A word, hyphenated parts included. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-\u2010]\\p{L}+)*");

    /** One way of writing, with the sentences it occurs in. */
    private record Use(String form, List<Integer> sentences) {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> runOnTarget(TargetContext ctx) {
        Document doc = ctx.target();
        // variant key -> surface form -> sentences
        Map<String, Map<String, List<Integer>>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            String text = doc.sentences().get(i).text();
            if (ctx.boilerplate().matches(text) || Text.looksLikeCode(text)) {
                continue;
            }
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(m.group());
            }
            boolean titleCase = titleCase(words);
            for (int k = 0; k < words.size(); k++) {
                add(byKey, words.get(k), i);
                // two words: not at the start of a sentence ("Every day") nor in a title ("Party Building")
                if (k > 0 && k + 1 < words.size() && !titleCase) {
                    String two = words.get(k) + " " + words.get(k + 1);
                    if (isName(words.get(k)) && isName(words.get(k + 1)) || isName(words.get(k))
                            && lowerTail(words.get(k + 1))) {
                        add(byKey, two, i); // "Party Committee", "Party committee", "Ha Noi"
                    }
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map<String, List<Integer>> forms : byKey.values()) {
            List<Use> uses = distinct(forms);
            if (uses.size() < 2) {
                continue;
            }
            uses.sort(Comparator.comparingInt((Use u) -> -u.sentences().size()).thenComparing(Use::form));
            int at = uses.subList(1, uses.size()).stream().mapToInt(u -> u.sentences().get(0)).min().orElseThrow();
            StringBuilder message = new StringBuilder("Written in variants:");
            for (Use u : uses) {
                message.append(" \"").append(u.form()).append("\" ").append(Occurrences.of(u.sentences(), doc))
                        .append(',');
            }
            message.setLength(message.length() - 1);
            out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), message.toString(), null,
                    Location.ofSentences(doc, List.of(at))));
        }
        return out;
    }

    /**
     * The forms that are variants of each other: forms differing only in the case of their first letter, or
     * written in capitals, count as one (the more frequent spelling stands for them).
     */
    private static List<Use> distinct(Map<String, List<Integer>> forms) {
        Map<String, Use> merged = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : forms.entrySet()) {
            String form = e.getKey();
            if (form.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && form.codePoints().filter(Character::isLetter).count() > 1) {
                continue; // in capitals: a heading, an acronym
            }
            String firstFolded = form.substring(0, 1).toLowerCase(Locale.ROOT) + form.substring(1);
            Use u = merged.get(firstFolded);
            if (u == null || e.getValue().size() > u.sentences().size()) {
                List<Integer> all = new ArrayList<>(e.getValue());
                if (u != null) {
                    all.addAll(u.sentences());
                    all.sort(null);
                }
                merged.put(firstFolded, new Use(form, all));
            } else {
                u.sentences().addAll(e.getValue());
                u.sentences().sort(null);
            }
        }
        List<Use> out = new ArrayList<>(merged.values());
        // two lower-case words against one are different words ("every day" / "everyday")
        boolean joined = out.stream().anyMatch(u -> !u.form().contains(" "));
        out.removeIf(u -> joined && u.form().contains(" ") && !isName(u.form()));
        return out;
    }

    private static void add(Map<String, Map<String, List<Integer>>> byKey, String form, int sentence) {
        String key = Text.lower(form).replaceAll("[-\u2010 ]", ""); // diacritics kept: "năm" is no "Nam"
        if (key.length() < 3) {
            return;
        }
        List<Integer> at = byKey.computeIfAbsent(key, k -> new LinkedHashMap<>())
                .computeIfAbsent(form, k -> new ArrayList<>());
        if (at.isEmpty() || at.get(at.size() - 1) != sentence) {
            at.add(sentence);
        }
    }

    /** A heading in title case: seven in ten of its words of four letters or more capitalised. */
    private static boolean titleCase(List<String> words) {
        List<String> long4 = words.stream().filter(w -> w.length() >= 4).toList();
        return long4.size() >= 2 && long4.stream().filter(VariantSpellingCheck::isName).count() >= 0.7 * long4.size();
    }

    private static boolean isName(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    /** A word in lower case that follows a capitalised one: perhaps the second word of a name written otherwise. */
    private static boolean lowerTail(String word) {
        return Character.isLowerCase(word.codePointAt(0)) && word.length() >= 4;
    }
}
