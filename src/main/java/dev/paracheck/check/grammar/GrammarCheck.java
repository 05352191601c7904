package dev.paracheck.check.grammar;

import dev.paracheck.check.Boilerplate;
import dev.paracheck.check.Check;
import dev.paracheck.check.CheckContext;
import dev.paracheck.check.PairedText;
import dev.paracheck.check.TargetCheck;
import dev.paracheck.check.TargetContext;
import dev.paracheck.internal.Text;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.Sentence;
import dev.paracheck.model.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.MultiThreadedJLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Categories;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.TextLevelRule;
import org.languagetool.rules.bitext.BitextRule;
import org.languagetool.tools.Tools;

/**
 * LanguageTool on the target: its grammar and spelling matches, paragraph by paragraph, and its bitext rules
 * (false friends, different punctuation) on every aligned link. Spelling matches on words that also occur in
 * the source are dropped: they are names (a German speller knows no Vietnamese minister). Grammar matches get
 * the configured severity; spelling, typography and style matches are {@code info}.
 *
 * <p>{@link JLanguageTool} is not thread-safe, so each thread gets its own instances. The first German check
 * of a JVM takes several seconds (dictionaries load lazily); see README, Benchmarks.
 */
public final class GrammarCheck implements Check, TargetCheck {
    /** The check's id. */
    public static final String ID = "grammar";
    private static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(ID, "Grammar and spelling",
            "LanguageTool's grammar and spelling matches in the target.", Severity.WARNING);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’-]*");
    private static final Set<String> MINOR = Set.of(Categories.TYPOS.getId().toString(),
            Categories.TYPOGRAPHY.getId().toString(), Categories.STYLE.getId().toString(),
            Categories.REDUNDANCY.getId().toString(), Categories.PUNCTUATION.getId().toString(),
            Categories.CASING.getId().toString());

    /**
     * The target text checked at most (characters): LanguageTool checks about 7,600 characters a second here, so
     * this bounds the check at a couple of minutes; the rest of a longer document is reported as not checked.
     */
    public static final int MAX_CHECKED_CHARS = 1_000_000;

    private final int maxCheckedChars;

    public GrammarCheck() {
        this(MAX_CHECKED_CHARS);
    }

    GrammarCheck(int maxCheckedChars) {
        this.maxCheckedChars = maxCheckedChars;
    }

    private final ThreadLocal<Map<String, JLanguageTool>> tools = ThreadLocal.withInitial(HashMap::new);
    /** Bitext rules by "source-target" language pair, loaded once a thread (about 60 ms a pair). */
    private final ThreadLocal<Map<String, List<BitextRule>>> bitextRules = ThreadLocal.withInitial(HashMap::new);

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** True when LanguageTool can check {@code lang}. */
    public static boolean supports(String lang) {
        return Languages.isLanguageSupported(lang);
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        if (!supports(ctx.target().lang())) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(checkTarget(ctx.target(), words(ctx.source()), ctx.boilerplate(),
                ctx.severity()));
        try {
            out.addAll(bitext(ctx, tool(ctx.target().lang())));
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed", e);
        }
        return out;
    }

    /** The target alone: LanguageTool's matches, spelling hits on names kept (there is no source to tell them). */
    @Override
    public List<Finding> runOnTarget(TargetContext ctx) {
        return supports(ctx.target().lang())
                ? checkTarget(ctx.target(), Set.of(), ctx.boilerplate(), ctx.severity()) : List.of();
    }

    /**
     * LanguageTool on {@code tgt} paragraph by paragraph, boilerplate skipped; spelling hits on {@code sourceWords}
     * (the source's words, in lower case: names) dropped.
     */
    private List<Finding> checkTarget(Document tgt, Set<String> sourceWords, Boilerplate boilerplate,
                                      Severity severity) {
        JLanguageTool lt = tool(tgt.lang());
        List<Finding> out = new ArrayList<>();
        List<List<Integer>> byParagraph = tgt.sentencesByParagraph();
        long checked = 0;
        try {
            for (List<Integer> ids : byParagraph) {
                if (ids.isEmpty()) {
                    continue;
                }
                String text = tgt.text(ids);
                if (boilerplate.matches(text)) {
                    continue;
                }
                checked += text.length();
                if (checked > maxCheckedChars) {
                    out.add(new Finding(DESCRIPTOR.id(), Severity.INFO, "Grammar and spelling were checked in the "
                            + "first " + maxCheckedChars + " characters only (the limit); from here on the target "
                            + "was not checked", null, Location.ofSentences(tgt, List.of(ids.get(0)))));
                    break;
                }
                int[] starts = starts(tgt, ids);
                for (RuleMatch m : lt.check(text)) {
                    String covered = text.substring(m.getFromPos(), Math.min(text.length(), m.getToPos()));
                    if (m.getRule().isDictionaryBasedSpellingRule() && sourceWords.contains(Text.lower(covered))) {
                        continue;
                    }
                    int k = 0;
                    while (k + 1 < starts.length && starts[k + 1] <= m.getFromPos()) {
                        k++;
                    }
                    Location where = Location.ofSentences(tgt, List.of(ids.get(k)));
                    out.add(new Finding(DESCRIPTOR.id(), severity(m, severity), message(m, covered), null,
                            where));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed", e);
        }
        return out;
    }

    private List<Finding> bitext(CheckContext ctx, JLanguageTool targetTool) throws IOException {
        String sl = ctx.source().lang();
        if (!supports(sl) || sl.equals(ctx.target().lang())) {
            return List.of();
        }
        List<BitextRule> rules = bitextRules.get().computeIfAbsent(sl + "-" + ctx.target().lang(),
                k -> loadBitextRules(language(sl), language(ctx.target().lang())));
        if (rules.isEmpty()) {
            return List.of();
        }
        JLanguageTool sourceTool = tool(sl);
        List<Finding> out = new ArrayList<>();
        for (PairedText p : PairedText.of(ctx)) {
            var s = sourceTool.getAnalyzedSentence(p.source().text());
            var t = targetTool.getAnalyzedSentence(p.target().text());
            for (BitextRule r : rules) {
                for (RuleMatch m : r.match(s, t)) {
                    out.add(new Finding(DESCRIPTOR.id(), ctx.severity(), "Possible false friend: "
                            + m.getMessage().replaceAll("</?suggestion>", "\""), p.source(), p.target()));
                }
            }
        }
        return out;
    }

    /**
     * LanguageTool's false-friend rules for a language pair, without its generic length, identity and
     * punctuation rules (paracheck's own checks cover those).
     */
    private static List<BitextRule> loadBitextRules(Language source, Language target) {
        try {
            return Tools.getBitextRules(source, target).stream()
                    .filter(r -> !r.getId().equals("TRANSLATION_LENGTH") && !r.getId().equals("SAME_TRANSLATION")
                            && !r.getId().equals("DIFFERENT_PUNCTUATION"))
                    .toList();
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("LanguageTool's bitext rules could not be loaded", e);
        }
    }

    private static Severity severity(RuleMatch m, Severity configured) {
        if (m.getRule().isDictionaryBasedSpellingRule()) {
            return Severity.INFO;
        }
        String category = m.getRule().getCategory() == null ? "" : m.getRule().getCategory().getId().toString();
        return MINOR.contains(category) ? Severity.INFO : configured;
    }

    private static String message(RuleMatch m, String covered) {
        String msg = m.getMessage().replaceAll("</?suggestion>", "\"");
        List<String> suggestions = m.getSuggestedReplacements();
        return "\"" + covered + "\": " + msg + " [" + m.getRule().getId() + "]"
                + (suggestions.isEmpty() ? "" : " Suggestion: " + String.join(", ", suggestions.subList(0,
                Math.min(3, suggestions.size()))));
    }

    /** Start offsets of the sentences of one paragraph inside {@code doc.text(ids)} (joined by one space). */
    private static int[] starts(Document doc, List<Integer> ids) {
        int[] starts = new int[ids.size()];
        int pos = 0;
        for (int k = 0; k < ids.size(); k++) {
            starts[k] = pos;
            pos += doc.sentences().get(ids.get(k)).text().length() + 1;
        }
        return starts;
    }

    private static Set<String> words(Document d) {
        Set<String> out = new HashSet<>();
        for (Sentence s : d.sentences()) {
            Matcher m = WORD.matcher(s.text());
            while (m.find()) {
                out.add(Text.lower(m.group()));
            }
        }
        return out;
    }

    private JLanguageTool tool(String lang) {
        return tools.get().computeIfAbsent(lang, l -> {
            CompletableFuture<JLanguageTool> ahead = AHEAD.remove(l);
            if (ahead != null) {
                try {
                    return ahead.join();
                } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                    // made here instead, where a failure is reported as it always was
                }
            }
            return new MultiThreadedJLanguageTool(language(l));
        });
    }

    /** Checkers made ahead ({@link #prepare}), each handed to the first thread that asks for its language. */
    private static final Map<String, CompletableFuture<JLanguageTool>> AHEAD = new ConcurrentHashMap<>();
    /** Languages {@link #prepare} was asked for: once a language a JVM. */
    private static final Set<String> PREPARED = ConcurrentHashMap.newKeySet();

    /**
     * Starts making LanguageTool's checker for {@code lang} on a daemon thread, once a language in a JVM, so that
     * it is ready, or partly, when the check begins; the first thread that needs a checker for the language gets
     * this one. With {@code rules}, what its rules load on first use (spellers, word lists, spelling variants:
     * seconds of a core each for German) is loaded too, the rules spread over the cores; without, only what
     * analysing a sentence loads (the source of the false-friend rules is analysed, never checked). A language
     * LanguageTool lacks is ignored; returns at once. Only an optimisation: what a checker finds does not depend
     * on what it checked before (paracheck checks a document paragraph by paragraph with one checker).
     */
    public static void prepare(String lang, boolean rules) {
        if (lang == null || !supports(lang) || !PREPARED.add(lang)) {
            return;
        }
        CompletableFuture<JLanguageTool> made = new CompletableFuture<>();
        AHEAD.put(lang, made);
        Thread t = new Thread(() -> {
            try {
                JLanguageTool lt = new MultiThreadedJLanguageTool(language(lang));
                if (rules) {
                    warmUpRules(lt);
                    lt.check(WARM_UP_TEXT);
                } else {
                    lt.getAnalyzedSentence(WARM_UP_TEXT);
                }
                made.complete(lt);
            } catch (RuntimeException | IOException | Error e) {
                made.completeExceptionally(e);
            }
        }, "paracheck-grammar-" + lang);
        t.setDaemon(true);
        t.start();
    }

    /**
     * Matches each of {@code lt}'s active rules once against a short sentence, the rules spread over a thread a
     * core: the lazy loading of the heavy ones overlaps, where one {@code check} would load them one after another
     * on one thread. A rule that fails here is left to fail, or not, in the real check.
     */
    private static void warmUpRules(JLanguageTool lt) throws IOException {
        AnalyzedSentence sentence = lt.getAnalyzedSentence(WARM_UP_TEXT);
        List<AnalyzedSentence> sentences = List.of(sentence);
        // threads of its own: the common pool reads and checks the documents meanwhile
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                    Thread t = new Thread(r, "paracheck-grammar-warm-up");
                    t.setDaemon(true);
                    return t;
                });
        try {
            pool.invokeAll(lt.getAllActiveRules().stream().map(rule -> (java.util.concurrent.Callable<Void>) () -> {
                try {
                    if (rule instanceof TextLevelRule textLevel) {
                        textLevel.match(sentences);
                    } else {
                        rule.match(sentence);
                    }
                } catch (IOException | RuntimeException e) {
                    // only a warm-up
                }
                return null;
            }).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    /** What {@link #prepare} checks: a sentence, in no language in particular. */
    private static final String WARM_UP_TEXT = "Paracheck 1.";

    /** The language with its default variant, which carries the spell checker (de -> de-DE, en -> en-US). */
    private static Language language(String lang) {
        Language l = Languages.getLanguageForShortCode(lang);
        Language variant = l.getDefaultLanguageVariant();
        return variant != null ? variant : l;
    }
}
