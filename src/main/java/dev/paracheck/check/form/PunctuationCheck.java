package dev.paracheck.check.form;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.PairedText;
import dev.paracheck.check.TargetCheck;
import dev.paracheck.check.TargetContext;
import dev.paracheck.model.Document;
import dev.paracheck.model.Location;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags punctuation that does not survive translation: a question or exclamation mark ending one side only,
 * an ellipsis on one side only, brackets balanced on one side but not the other, and quotations on one side
 * only. Quote styles of every language count alike ("…", „…“, «…», “…”, ‘…’).
 */
public final class PunctuationCheck implements Check, TargetCheck {
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor("punctuation", "Punctuation mismatch",
            "Mismatched end punctuation, brackets, quotes.", Severity.INFO);
    private static final String QUOTES = "\"„“”«»‚‘’‹›「」『』";

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (PairedText p : PairedText.of(ctx)) {
            String s = p.source().text().strip();
            String t = p.target().text().strip();
            List<String> problems = new ArrayList<>();
            end(s, t, '?', "question mark", problems);
            end(s, t, '!', "exclamation mark", problems);
            if (hasEllipsis(s) != hasEllipsis(t)) {
                problems.add("an ellipsis on one side only");
            }
            for (String pair : new String[] {"()", "[]", "{}"}) {
                boolean bs = balanced(s, pair.charAt(0), pair.charAt(1));
                boolean bt = balanced(t, pair.charAt(0), pair.charAt(1));
                if (bs != bt) {
                    problems.add("unbalanced " + pair + " in the " + (bs ? "target" : "source"));
                }
            }
            if (quoteCount(s) > 0 != quoteCount(t) > 0) {
                problems.add("quotation marks on one side only");
            }
            if (!problems.isEmpty()) {
                out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), "Punctuation differs: " + String.join("; ", problems),
                        p.source(), p.target()));
            }
        }
        return out;
    }

    /**
     * The target alone: a sentence whose brackets do not balance, or a paragraph with an odd number of straight
     * double quotes or typographic quotes that do not pair up („ with “, « with », ‹ with ›).
     */
    @Override
    public List<Finding> runOnTarget(TargetContext ctx) {
        Document tgt = ctx.target();
        List<Finding> out = new ArrayList<>();
        for (List<Integer> ids : tgt.sentencesByParagraph()) {
            if (ids.isEmpty() || !tgt.isProse(ids) || ctx.boilerplate().matches(tgt.text(ids))) {
                continue;
            }
            for (int i : ids) {
                String t = tgt.sentences().get(i).text();
                List<String> problems = new ArrayList<>();
                for (String pair : new String[] {"()", "[]", "{}"}) {
                    if (!balanced(t, pair.charAt(0), pair.charAt(1))) {
                        problems.add("unbalanced " + pair);
                    }
                }
                if (!problems.isEmpty()) {
                    out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), "Punctuation: " + String.join("; ", problems)
                            + " in the sentence", null, Location.ofSentences(tgt, List.of(i))));
                }
            }
            String paragraph = tgt.text(ids);
            String quotes = unpairedQuotes(paragraph);
            if (!quotes.isEmpty()) {
                out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), "Punctuation: " + quotes + " in the paragraph",
                        null, Location.ofSentences(tgt, ids)));
            }
        }
        return out;
    }

    /** What is wrong with a paragraph's quotation marks, or "" when they pair up. */
    private static String unpairedQuotes(String s) {
        if (s.chars().filter(c -> c == '"').count() % 2 != 0) {
            return "an odd number of \" marks";
        }
        // counted, not nested: German also writes »…«, and “ closes „ but opens an English quotation
        for (String pair : new String[] {"„“", "«»", "‹›"}) {
            long open = s.chars().filter(c -> c == pair.charAt(0)).count();
            long close = s.chars().filter(c -> c == pair.charAt(1)).count();
            if (open != close && (open > 0 || pair.charAt(1) != '“')) {
                return "unpaired " + pair.charAt(0) + "…" + pair.charAt(1);
            }
        }
        return "";
    }

    private static void end(String s, String t, char mark, String name, List<String> problems) {
        boolean es = endsWith(s, mark);
        boolean et = endsWith(t, mark);
        if (es != et) {
            String article = "aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
            problems.add((es ? "the source" : "the target") + " ends with " + article + name + ", the "
                    + (es ? "target" : "source") + " does not");
        }
    }

    /** Whether {@code s} ends with {@code mark} (or its full-width form), closing quotes, brackets and spaces aside. */
    private static boolean endsWith(String s, char mark) {
        int end = s.length();
        while (end > 0 && CLOSERS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = s.charAt(end - 1);
        return last == mark || (mark == '?' && last == '？') || (mark == '!' && last == '！');
    }

    /** What may follow a sentence's last mark: white space (as regular expressions' \s), closing quotes, brackets. */
    private static final String CLOSERS = " \t\n\u000B\f\r\"„“”«»‚‘’‹›)]";

    private static boolean hasEllipsis(String s) {
        return s.contains("...") || s.contains("…");
    }

    private static boolean balanced(String s, char open, char close) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** The quotation marks of {@code s}: a ’ between letters is an apostrophe ("d’un", "don’t"), not one. */
    private static int quoteCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean apostrophe = c == '’' && i > 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i - 1))
                    && Character.isLetter(s.charAt(i + 1));
            if (QUOTES.indexOf(c) >= 0 && !apostrophe) {
                n++;
            }
        }
        return n;
    }
}
