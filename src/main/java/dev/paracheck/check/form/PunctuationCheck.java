package dev.paracheck.check.form;

import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.PairedText;
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
public final class PunctuationCheck implements Check {
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

    private static void end(String s, String t, char mark, String name, List<String> problems) {
        boolean es = endsWith(s, mark);
        boolean et = endsWith(t, mark);
        if (es != et) {
            String article = "aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
            problems.add((es ? "the source" : "the target") + " ends with " + article + name + ", the "
                    + (es ? "target" : "source") + " does not");
        }
    }

    private static boolean endsWith(String s, char mark) {
        String trimmed = s.replaceAll("[\\s\"„“”«»‚‘’‹›)\\]]+$", "");
        return !trimmed.isEmpty() && (trimmed.charAt(trimmed.length() - 1) == mark
                || (mark == '?' && trimmed.endsWith("？")) || (mark == '!' && trimmed.endsWith("！")));
    }

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

    private static int quoteCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (QUOTES.indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }
}
