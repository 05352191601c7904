package dev.paracheck.check;

import dev.paracheck.check.consistency.InconsistentTranslationCheck;
import dev.paracheck.check.consistency.VariantSpellingCheck;
import dev.paracheck.check.entity.EntityCheck;
import dev.paracheck.check.form.LengthCheck;
import dev.paracheck.check.grammar.GrammarCheck;
import dev.paracheck.check.form.PunctuationCheck;
import dev.paracheck.check.language.ForeignTextCheck;
import dev.paracheck.check.language.UntranslatedCheck;
import dev.paracheck.check.language.WrongLanguageCheck;
import dev.paracheck.check.numbers.MixedFormatCheck;
import dev.paracheck.check.numbers.NumberCheck;
import dev.paracheck.check.structure.AdditionCheck;
import dev.paracheck.check.terminology.GlossaryCheck;
import dev.paracheck.check.terminology.TermDriftCheck;
import dev.paracheck.config.Glossary;
import dev.paracheck.check.structure.NotParallelCheck;
import dev.paracheck.check.structure.OmissionCheck;
import dev.paracheck.check.structure.ReorderCheck;
import dev.paracheck.internal.InputException;
import dev.paracheck.internal.StageTimes;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The explicit registry of checks, and the selection of those that run. Immutable; thread-safe.
 */
public final class Checks {
    private static final List<Check> ALL = List.of(
            new NotParallelCheck(),
            new OmissionCheck(),
            new AdditionCheck(),
            new ReorderCheck(),
            new NumberCheck(),
            new EntityCheck(),
            new UntranslatedCheck(),
            new WrongLanguageCheck(),
            new LengthCheck(),
            new PunctuationCheck(),
            new InconsistentTranslationCheck(),
            new GlossaryCheck(),
            new TermDriftCheck(),
            new GrammarCheck());
    /**
     * The checks only a target read alone runs ({@code paracheck check TARGET}); with them run the checks of
     * {@link #ALL} that are also {@link TargetCheck}s. {@code untranslated} there is {@link ForeignTextCheck}.
     */
    private static final List<TargetCheck> TARGET_ONLY = List.of(
            new ForeignTextCheck(),
            new VariantSpellingCheck(),
            new MixedFormatCheck());

    private final List<Check> enabled;
    /** The ids of the enabled {@link #TARGET_ONLY} checks. */
    private final Set<String> enabledTargetOnly;
    private final Map<String, Severity> severities;
    private final Boilerplate boilerplate;
    private final Glossary glossary;
    private final boolean deferCorpusChecks;
    private final boolean pairedByPath;
    /** Whether {@link #run} runs a pair's checks side by side (on the common fork-join pool) or one after another. */
    private final boolean sideBySide;

    private Checks(List<Check> enabled, Set<String> enabledTargetOnly, Map<String, Severity> severities,
                   Boilerplate boilerplate, Glossary glossary, boolean deferCorpusChecks) {
        this(enabled, enabledTargetOnly, severities, boilerplate, glossary, deferCorpusChecks, false, true);
    }

    private Checks(List<Check> enabled, Set<String> enabledTargetOnly, Map<String, Severity> severities,
                   Boilerplate boilerplate, Glossary glossary, boolean deferCorpusChecks, boolean pairedByPath,
                   boolean sideBySide) {
        this.pairedByPath = pairedByPath;
        this.sideBySide = sideBySide;
        this.enabled = List.copyOf(enabled);
        this.enabledTargetOnly = Set.copyOf(enabledTargetOnly);
        this.severities = Map.copyOf(severities);
        this.boilerplate = boilerplate;
        this.glossary = glossary;
        this.deferCorpusChecks = deferCorpusChecks;
    }

    /** The same selection, ignoring {@code b} as boilerplate. */
    public Checks withBoilerplate(Boilerplate b) {
        return new Checks(enabled, enabledTargetOnly, severities, b, glossary, deferCorpusChecks, pairedByPath,
                sideBySide);
    }

    /** The same selection, enforcing {@code g}. */
    public Checks withGlossary(Glossary g) {
        return new Checks(enabled, enabledTargetOnly, severities, boilerplate, g, deferCorpusChecks, pairedByPath,
                sideBySide);
    }

    /**
     * The same selection for a batch of pages paired by relative path: {@link #run} leaves out the
     * {@link CorpusCheck}s, which {@link #runCorpus} then runs over all pairs together; and a pair found not
     * parallel is a warning that skips nothing (a page at the same path is a translation, perhaps thoroughly out
     * of date).
     */
    public Checks forPagesPairedByPath() {
        return new Checks(enabled, enabledTargetOnly, severities, boilerplate, glossary, true, true, sideBySide);
    }

    /** Whether this runs a pair's work side by side on both cores (a single pair) or leaves the cores to others. */
    public boolean sideBySide() {
        return sideBySide;
    }

    /**
     * The same selection running a pair's checks one after another, for callers that already check several pairs
     * at once (directory mode, a worker a core): side by side, each worker handed its checks to the common
     * fork-join pool and spun waiting for them (a tenth of the CPU samples of a 1,000-pair run), and the pool's
     * thread was one busy thread more than there are cores. The findings are the same, in the same order.
     */
    public Checks oneCheckAtATime() {
        return new Checks(enabled, enabledTargetOnly, severities, boilerplate, glossary, deferCorpusChecks,
                pairedByPath, false);
    }

    /**
     * The same selection for a run that aggregates the {@link CorpusCheck}s itself, over pairs checked apart (a
     * distributed run): {@link #run} leaves them out, as for pages paired by path, but a pair found not parallel
     * stays an error that skips the other checks, as for a pair checked alone.
     */
    public Checks deferringCorpusChecks() {
        return new Checks(enabled, enabledTargetOnly, severities, boilerplate, glossary, true, pairedByPath, sideBySide);
    }

    /**
     * The context a corpus check reads of one pair: its documents and alignment, with this selection's boilerplate
     * and glossary, at {@code severity}.
     */
    public CheckContext contextOf(dev.paracheck.model.PairResult pair, Severity severity) {
        return new CheckContext(pair.source(), pair.target(), pair.alignment(), severity, boilerplate, glossary);
    }

    /**
     * Runs the enabled {@link CorpusCheck}s over all {@code pairs} together (each a context as {@link #run} gets
     * it); the findings of each pair, in the order of {@code pairs}.
     */
    public List<List<Finding>> runCorpus(List<CheckContext> pairs) {
        List<List<Finding>> out = new ArrayList<>();
        pairs.forEach(p -> out.add(new ArrayList<>()));
        for (Check c : enabled) {
            if (c instanceof CorpusCheck corpus) {
                List<CheckContext> contexts = pairs.stream().map(p -> new CheckContext(p.source(), p.target(),
                        p.alignment(), severityOf(c), boilerplate, glossary)).toList();
                List<List<Finding>> found = corpus.runAll(contexts);
                for (int i = 0; i < pairs.size(); i++) {
                    out.get(i).addAll(found.get(i));
                }
            }
        }
        return out;
    }

    /**
     * Starts, on a daemon thread, what the enabled checks need for texts in {@code lang} (LanguageTool's tagger),
     * so that its start overlaps reading and aligning; returns at once. Only an optimisation: the checks start
     * what they need anyway.
     */
    public void prepare(String lang) {
        if (!enabled.isEmpty() || !enabledTargetOnly.isEmpty()) {
            TaggedWords.warmUp(lang);
        }
    }

    /**
     * Starts, on daemon threads, LanguageTool's checkers for a pair's languages when the grammar check is enabled
     * ({@link GrammarCheck#prepare}): the target's, and the source's, which reads the source's side of each link
     * for the false-friend rules, when the target has one; either language may be null (not known yet, or no
     * source). Returns at once; only an optimisation.
     */
    public void prepareGrammar(String sourceLang, String targetLang) {
        boolean grammar = enabled.stream().anyMatch(c -> c instanceof GrammarCheck)
                || enabledTargetOnly.contains(GrammarCheck.ID);
        if (grammar && targetLang != null && GrammarCheck.supports(targetLang)) {
            GrammarCheck.prepare(targetLang, true);
            if (sourceLang != null && !sourceLang.equals(targetLang)) {
                GrammarCheck.prepare(sourceLang, false);
            }
        }
    }

    /** Every known check: those of pairs, then those only a target read alone runs. */
    public static List<CheckDescriptor> descriptors() {
        List<CheckDescriptor> out = new ArrayList<>(ALL.stream().map(Check::descriptor).toList());
        Set<String> ids = new java.util.HashSet<>(out.stream().map(CheckDescriptor::id).toList());
        TARGET_ONLY.stream().map(TargetCheck::descriptor).filter(d -> ids.add(d.id())).forEach(out::add);
        return out;
    }

    /** The enabled checks that read a target alone: {@link #TARGET_ONLY}'s, then those of {@link #ALL}. */
    private List<TargetCheck> enabledOnTarget() {
        Set<String> ids = new java.util.HashSet<>(enabled.stream().map(c -> c.descriptor().id()).toList());
        ids.addAll(enabledTargetOnly);
        List<TargetCheck> out = new ArrayList<>();
        TARGET_ONLY.stream().filter(c -> ids.contains(c.descriptor().id())).forEach(out::add);
        enabled.stream().filter(c -> c instanceof TargetCheck && !(c instanceof UntranslatedCheck))
                .map(c -> (TargetCheck) c).forEach(out::add);
        return out;
    }

    /** Descriptors of the checks a target read alone runs, with their effective severity. */
    public List<CheckDescriptor> enabledTargetDescriptors() {
        return enabledOnTarget().stream().map(c -> {
            CheckDescriptor d = c.descriptor();
            return new CheckDescriptor(d.id(), d.title(), d.description(),
                    severities.getOrDefault(d.id(), d.defaultSeverity()));
        }).toList();
    }

    /**
     * Runs the enabled checks that need no source on {@code target}, adding each one's time to {@code times}
     * (the result's constructor, {@code PairResult.targetOnly}, puts them in document order).
     */
    public List<Finding> runOnTarget(Document target, StageTimes times) {
        TargetContext context = new TargetContext(target, Severity.ERROR, boilerplate, glossary);
        List<Finding> findings = new ArrayList<>();
        for (TargetCheck c : enabledOnTarget()) {
            Severity severity = severities.getOrDefault(c.descriptor().id(), c.descriptor().defaultSeverity());
            findings.addAll(times.time("check " + c.descriptor().id(),
                    () -> c.runOnTarget(context.withSeverity(severity))));
        }
        return findings;
    }

    /**
     * The checks to run: {@code only} when not empty, else all; minus {@code skip}. Unknown ids are an error
     * naming the option. {@code severities} overrides default severities by check id.
     */
    public static Checks select(Set<String> only, Set<String> skip, Map<String, Severity> severities) {
        Set<String> known = new java.util.LinkedHashSet<>(descriptors().stream().map(CheckDescriptor::id).toList());
        requireKnown(only, known, "--checks");
        requireKnown(skip, known, "--skip-checks");
        requireKnown(severities.keySet(), known, "severity");
        List<Check> enabled = new ArrayList<>();
        for (Check c : ALL) {
            String id = c.descriptor().id();
            if ((only.isEmpty() || only.contains(id)) && !skip.contains(id)) {
                enabled.add(c);
            }
        }
        Set<String> targetOnly = new java.util.HashSet<>();
        for (TargetCheck c : TARGET_ONLY) {
            String id = c.descriptor().id();
            if ((only.isEmpty() || only.contains(id)) && !skip.contains(id)) {
                targetOnly.add(id);
            }
        }
        return new Checks(enabled, targetOnly, severities, Boilerplate.defaults(), Glossary.EMPTY, false);
    }

    public static Checks all() {
        return select(Set.of(), Set.of(), Map.of());
    }

    /** Every check but {@code grammar} (what {@code --no-grammar} runs). */
    public static Checks withoutGrammar() {
        return select(Set.of(), Set.of("grammar"), Map.of());
    }

    private static void requireKnown(Set<String> ids, Set<String> known, String option) {
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new InputException(option + ": unknown check '" + id + "' (known: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    /** Descriptors of the checks that run, with their effective severity. */
    public List<CheckDescriptor> enabledDescriptors() {
        return enabled.stream().map(c -> {
            CheckDescriptor d = c.descriptor();
            return new CheckDescriptor(d.id(), d.title(), d.description(), severityOf(c));
        }).toList();
    }

    /**
     * Runs the enabled checks. When a check that judges parallelism fires, the checks that assume a parallel
     * pair are skipped: their findings would be noise.
     */
    public List<Finding> run(CheckContext given) {
        return run(given, StageTimes.OFF);
    }

    /** Runs the enabled checks, adding each one's time to {@code times} as {@code check <id>}. */
    public List<Finding> run(CheckContext given, StageTimes times) {
        CheckContext context = new CheckContext(given.source(), given.target(), given.alignment(), given.severity(),
                boilerplate, glossary);
        List<Finding> findings = new ArrayList<>();
        boolean parallel = true;
        for (Check c : enabled) {
            if (!c.needsParallelPair()) {
                List<Finding> found = timed(c, context, times);
                parallel &= found.isEmpty();
                findings.addAll(found);
            }
        }
        if (!parallel && pairedByPath) {
            // pages at one relative path are a translation by the site's own structure, however out of date: the
            // verdict is a warning and every check runs
            findings.replaceAll(f -> f.check().equals(NotParallelCheck.ID) ? new Finding(f.check(),
                    f.severity().lower(), f.message() + "; a thoroughly out-of-date translation, or another page at "
                    + "the same path: checked as a translation all the same", f.source(), f.target()) : f);
            parallel = true;
        } else if (!parallel) {
            findings.replaceAll(f -> f.check().equals(NotParallelCheck.ID) ? new Finding(f.check(), f.severity(),
                    f.message() + ": another text, or a source rewritten since its translation; the other checks "
                    + "were skipped", f.source(), f.target()) : f);
        }
        if (parallel) {
            // the checks are independent and thread-safe (directory mode runs pairs at once), so they run side by
            // side: a 100,000-sentence pair took 102 s, now 81 s on two cores, with the same findings (collected in
            // the checks' order); a small pair gains nothing, its time being LanguageTool's start
            java.util.stream.Stream<Check> pending = sideBySide ? enabled.parallelStream() : enabled.stream();
            pending.filter(c -> c.needsParallelPair() && !(deferCorpusChecks && c instanceof CorpusCheck))
                    .map(c -> timed(c, context, times)).toList().forEach(findings::addAll);
        }
        findings.sort(Finding.documentOrder(context.alignment()));
        return UntranslatedText.withoutShadowed(findings);
    }

    private List<Finding> timed(Check c, CheckContext context, StageTimes times) {
        return times.time("check " + c.descriptor().id(), () -> c.run(context.withSeverity(severityOf(c))));
    }

    private Severity severityOf(Check c) {
        return severities.getOrDefault(c.descriptor().id(), c.descriptor().defaultSeverity());
    }
}
