package dev.paracheck.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The pipeline's options, given as {@code --name=value} after Beam's own ({@code --runner=…}). Names follow the
 * CLI's options where there is one ({@code --noGrammar} for {@code --no-grammar}, …).
 */
public interface ParacheckOptions extends PipelineOptions {
    @Description("The manifest: a JSON Lines (.jsonl, .json, .ndjson) or CSV (.csv, with a header) file, or a glob of "
            + "them, that FileSystems reads (a path, gs://, s3://, hdfs:// …)")
    @Validation.Required
    String getManifest();

    void setManifest(String value);

    @Description("Where the outputs go: a directory (path or URI) that findings-*.jsonl, summary-*.jsonl, "
            + "problems-*.jsonl and the combined reports are written under")
    @Validation.Required
    String getOutput();

    void setOutput(String value);

    @Description("ISO 639-1 code of the sources, for rows that name none (detected when absent)")
    String getSourceLang();

    void setSourceLang(String value);

    @Description("ISO 639-1 code of the targets, for rows that name none (detected when absent)")
    String getTargetLang();

    void setTargetLang(String value);

    @Description("Skip the grammar check (as --no-grammar)")
    @Default.Boolean(false)
    boolean getNoGrammar();

    void setNoGrammar(boolean value);

    @Description("Comma list of the check ids to run (default: all)")
    @Default.String("")
    String getChecks();

    void setChecks(String value);

    @Description("Comma list of the check ids not to run")
    @Default.String("")
    String getSkipChecks();

    void setSkipChecks(String value);

    @Description("Time one pair may take, reading to checks, before it becomes a problem")
    @Default.Integer(300)
    int getPairTimeLimitSeconds();

    void setPairTimeLimitSeconds(int value);

    @Description("corpus: term-drift over all pairs of a language pair together, as directory mode; "
            + "pair: within each pair, as paracheck check SOURCE TARGET")
    @Default.String("corpus")
    String getTermDrift();

    void setTermDrift(String value);

    @Description("Comma list of combined reports to write as well: sarif, junit, md (gathered on one worker: "
            + "for a team's tree, not for millions of pairs)")
    @Default.String("")
    String getReports();

    void setReports(String value);

    @Description("The severity at which a JUnit case fails: error, warning, info or never")
    @Default.String("error")
    String getFailOn();

    void setFailOn(String value);
}
