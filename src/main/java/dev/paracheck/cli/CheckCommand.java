package dev.paracheck.cli;

import dev.paracheck.check.Checks;
import dev.paracheck.check.stale.StaleTranslation;
import dev.paracheck.config.Config;
import dev.paracheck.config.Glossary;
import dev.paracheck.config.GlossaryLoader;
import dev.paracheck.internal.InputException;
import dev.paracheck.internal.StageTimes;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.pipeline.Baseline;
import dev.paracheck.pipeline.ConsistencyRun;
import dev.paracheck.pipeline.DirectoryRun;
import dev.paracheck.pipeline.PairOptions;
import dev.paracheck.pipeline.SourceBefore;
import dev.paracheck.report.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paracheck check SOURCE TARGET}: align, check, report; the exit code gates CI. With two directories,
 * every pair found by relative path (directory mode).
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check a translation against its source and write reports.",
                "SOURCE and TARGET are two documents, or two directories (directory mode): files are then paired "
                        + "by relative path, a language code before the extension aside (page.en.md = page.de.md), "
                        + "each pair gets its reports and the tree an index.html and combined reports.",
                "With one argument, a translation whose source is not at hand (a document or a directory of them): "
                        + "the checks that need no source (untranslated text, grammar, punctuation, glossary "
                        + "forbidden terms, variant spellings, mixed formats) run on it alone."},
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, "
                + "2 bad usage or unreadable input."})
public class CheckCommand implements Callable<Integer> {
    @Mixin
    PairOptionsMixin options;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above this severity: error, warning, info or never "
                    + "(default: error).")
    String failOn;

    @Option(names = "--checks", split = ",", paramLabel = "IDS", description = "Run only these checks (comma list).")
    List<String> checks = new ArrayList<>();

    @Option(names = "--skip-checks", split = ",", paramLabel = "IDS", description = "Do not run these checks.")
    List<String> skipChecks = new ArrayList<>();

    @Option(names = "--no-grammar", description = "Skip the LanguageTool grammar check of the target.")
    boolean noGrammar;

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "A glossary to enforce: .csv/.tsv (columns source, target, forbidden, note, case) or .tbx; "
                    + "repeatable.")
    List<java.nio.file.Path> glossaries = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accepted findings (written by 'paracheck baseline', or downloaded from a report page): "
                    + "they are not shown and do not fail; repeatable.")
    List<java.nio.file.Path> baselineFiles = new ArrayList<>();

    @Option(names = "--source-before", paramLabel = "FILE",
            description = "The source as it was when the translation was made (with two directories: that tree): "
                    + "adds outdated, missing-new and obsolete findings and leaves out what they explain.")
    java.nio.file.Path sourceBefore;

    @Option(names = "--git", description = "Take the source before from git history (JGit): as it stood at the "
            + "commit that last changed the target, or at the target's front matter 'source-commit: SHA'.")
    boolean git;

    @Option(names = "--stale-severity", paramLabel = "LEVEL",
            description = "Severity of outdated, missing-new and obsolete: error, warning (default) or info.")
    String staleSeverity;

    @Spec
    CommandSpec spec;

    /** Where {@link #run} adds the time of each stage: timed only under {@code --verbose}. */
    StageTimes times = StageTimes.OFF;

    @Override
    public Integer call() {
        times = options.stageTimes();
        Outcome outcome = run();
        Report report = outcome.report();
        int accepted = 0;
        if (!baselineFiles.isEmpty()) {
            Baseline baseline = baselineFiles.stream().map(Baseline::read).reduce(Baseline::plus).orElseThrow();
            List<PairResult> kept = new ArrayList<>();
            for (PairResult p : report.pairs()) {
                PairResult filtered = baseline.filter(p);
                accepted += p.findings().size() - filtered.findings().size();
                kept.add(filtered);
            }
            report = report.withPairs(kept);
        }
        Report finished = report;
        times.time("reports", () -> {
            if (!finished.isTree()) {
                ReportOutput.emit(finished, outcome.reporters(), options, options.target == null
                        ? ReportOutput.baseName(null, options.source)
                        : ReportOutput.baseName(options.source, options.target), spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            } else {
                ReportOutput.emitDirectory(finished, outcome.reporters(), options,
                        spec.commandLine().getOut(), spec.commandLine().getErr());
            }
            return null;
        });
        if (accepted > 0) {
            spec.commandLine().getErr().println("paracheck: " + accepted + " finding(s) accepted by the baseline "
                    + String.join(", ", baselineFiles.stream().map(String::valueOf).toList()) + " not shown");
        }
        ReportOutput.printTimes(times, report.pairs().size(), spec.commandLine().getErr());
        Severity threshold = report.failOn();
        return threshold != null && report.hasFindingsAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** A finished run before output: its report and the reporters asked for. */
    record Outcome(Report report, List<Reporter> reporters) {
    }

    /** Validates the options, then reads, aligns and checks the pair or the two directories. */
    Outcome run() {
        Config config = options.loadConfig();
        Severity threshold = parseFailOn(failOn != null ? failOn : config.failOn() != null ? config.failOn() : "error");
        List<Reporter> reporters = ReportOutput.validate(options);
        Set<String> skip = new java.util.HashSet<>(trimmed(skipChecks));
        Set<String> only = Set.copyOf(trimmed(checks));
        if (only.isEmpty()) {
            skip.addAll(config.disabled());
        }
        if (noGrammar) {
            skip.add("grammar");
        }
        Set<String> known = new java.util.HashSet<>(Checks.descriptors().stream().map(d -> d.id()).toList());
        for (String id : union(config.disabled(), config.severities().keySet())) {
            if (!known.contains(id)) {
                throw InputException.about(options.configPath(), "checks: unknown check '" + id + "'");
            }
        }
        Glossary glossary = Glossary.EMPTY;
        List<java.nio.file.Path> allGlossaries = new ArrayList<>(config.glossaries());
        allGlossaries.addAll(glossaries);
        for (java.nio.file.Path g : allGlossaries) {
            String name = g.getFileName() == null ? "" : g.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if ((name.endsWith(".tbx") || name.endsWith(".xml"))
                    && (options.sourceLang(config) == null || options.targetLang(config) == null)) {
                throw InputException.about(g, "a TBX glossary needs --source-lang and --target-lang");
            }
            glossary = glossary.plus(GlossaryLoader.load(g, options.sourceLang(config), options.targetLang(config)));
        }
        Checks selected = Checks.select(only, skip, config.severities())
                .withBoilerplate(PairOptionsMixin.boilerplate(config))
                .withGlossary(glossary);
        PairOptions pairOptions = options.pairOptions(config);
        // what the checks will need starts now, beside Tika's start and the reading
        ConsistencyRun.startAhead(options.target == null ? null : options.source,
                options.target == null ? options.source : options.target, pairOptions, selected);
        if (options.target == null) {
            return checkTargetOnly(pairOptions, selected, threshold, reporters);
        }
        boolean directories = Inputs.bothDirectories(options.source, options.target);
        if (!directories) {
            Inputs.requireFiles(options.source, options.target);
        }
        SourceBefore before = sourceBefore(directories, config);
        if (directories) {
            return checkDirectories(pairOptions, selected, threshold, reporters, before);
        }
        if (before != null) {
            ConsistencyRun.StaleChecked checked = new ConsistencyRun(times).check(options.source, options.target,
                    before, pairOptions, selected);
            if (checked.withoutBefore() != null) {
                noteWithoutBefore(options.target + ": " + checked.withoutBefore());
            }
            return new Outcome(new Report(Version.get(), List.of(checked.result()),
                    descriptors(selected, checked.withoutBefore() == null ? before : null), threshold), reporters);
        }
        if (System.console() != null) {
            // on a terminal, say what the wait is for (the grammar check alone takes seconds to start)
            spec.commandLine().getErr().println("paracheck: checking " + options.source + " against "
                    + options.target + " …");
            spec.commandLine().getErr().flush();
        }
        PairResult pair = new ConsistencyRun(times).check(options.source, options.target, pairOptions, selected);
        return new Outcome(new Report(Version.get(), List.of(pair), selected.enabledDescriptors(), threshold),
                reporters);
    }

    /** {@code check TARGET}: one translation, or a tree of them, read without a source. */
    private Outcome checkTargetOnly(PairOptions pairOptions, Checks selected, Severity threshold,
                                    List<Reporter> reporters) {
        java.nio.file.Path target = options.source; // the one argument
        if (git || sourceBefore != null) {
            throw new InputException((git ? "--git" : "--source-before") + " compares with the source: give SOURCE "
                    + "and TARGET");
        }
        if (!java.nio.file.Files.isDirectory(target)) {
            PairResult result = new ConsistencyRun(times).checkTarget(target, pairOptions, selected);
            return new Outcome(new Report(Version.get(), List.of(result), selected.enabledTargetDescriptors(),
                    threshold), reporters);
        }
        boolean showProgress = System.console() != null;
        java.io.PrintWriter err = spec.commandLine().getErr();
        DirectoryRun run = DirectoryRun.checkTargets(target, pairOptions, selected,
                Runtime.getRuntime().availableProcessors(), (done, total) -> {
                    if (showProgress && total > 1) {
                        synchronized (err) {
                            err.print("\rchecked " + done + "/" + total + " documents");
                            err.flush();
                        }
                    }
                }, times);
        if (showProgress && run.pairs().size() > 1) {
            err.println();
        }
        Report report = new Report(Version.get(), run.pairs().stream().map(DirectoryRun.Checked::result).toList(),
                selected.enabledTargetDescriptors(), threshold, run.problems(), new Report.Roots(null, target));
        return new Outcome(report, reporters);
    }

    private Outcome checkDirectories(PairOptions pairOptions, Checks selected, Severity threshold,
                                     List<Reporter> reporters, SourceBefore before) {
        boolean showProgress = System.console() != null;
        java.io.PrintWriter err = spec.commandLine().getErr();
        DirectoryRun run = DirectoryRun.check(options.source, options.target, before, pairOptions, selected,
                Runtime.getRuntime().availableProcessors(), (done, total) -> {
                    if (showProgress && total > 1) {
                        synchronized (err) {
                            err.print("\rchecked " + done + "/" + total + " pairs");
                            err.flush();
                        }
                    }
                }, times);
        if (showProgress && run.pairs().size() + run.problems().size() > 1) {
            err.println();
        }
        run.notes().forEach(this::noteWithoutBefore);
        Report report = new Report(Version.get(), run.pairs().stream().map(DirectoryRun.Checked::result).toList(),
                descriptors(selected, before), threshold, run.problems(),
                new Report.Roots(options.source, options.target));
        return new Outcome(report, reporters);
    }

    /**
     * Where the source before comes from, from {@code --source-before} and {@code --git}; null for neither. With
     * two directories {@code --source-before} is the tree as it was; for one pair, the file.
     */
    private SourceBefore sourceBefore(boolean directories, Config config) {
        if (git && sourceBefore != null) {
            throw new InputException("--git and --source-before: give one of them");
        }
        if (!git && sourceBefore == null) {
            return null;
        }
        Severity stale = parseStaleSeverity(staleSeverity != null ? staleSeverity
                : config.staleSeverity() != null ? config.staleSeverity() : "warning");
        if (git) {
            return SourceBefore.git(stale, config.sourceCommits());
        }
        if (directories && !java.nio.file.Files.isDirectory(sourceBefore)) {
            throw InputException.about(sourceBefore, "--source-before: with two directories, give the "
                    + "source directory as it was (files at the same relative paths)");
        }
        if (!directories) {
            Inputs.requireFiles(sourceBefore, options.target);
        }
        return new SourceBefore(sourceBefore, stale);
    }

    /** One line on standard error: a pair git history has no before-version for ({@code why}). */
    private void noteWithoutBefore(String why) {
        spec.commandLine().getErr().println("paracheck: " + why + "; checked against the source as it is now");
    }

    /** The checks that ran: those selected, and the stale ones where a before-version was used. */
    private static List<CheckDescriptor> descriptors(Checks selected, SourceBefore before) {
        List<CheckDescriptor> out = new ArrayList<>(selected.enabledDescriptors());
        if (before != null) {
            out.addAll(StaleTranslation.descriptors(before.severity()));
        }
        return out;
    }

    private static Severity parseStaleSeverity(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InputException("--stale-severity: '" + value + "' is not one of error, warning, info");
        }
    }

    /** The severity named by {@code --fail-on}, or null for {@code never}. */
    static Severity parseFailOn(String value) {
        if ("never".equalsIgnoreCase(value.strip())) {
            return null;
        }
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InputException("--fail-on: '" + value + "' is not one of error, warning, info, never");
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> trimmed(List<String> ids) {
        return ids.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
