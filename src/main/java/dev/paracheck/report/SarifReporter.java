package dev.paracheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SARIF 2.1.0 for code-scanning tools: one run, rules from the check descriptors, a result per finding located
 * in the translated file (file + line) where the finding has a target side or the pair no source (a target
 * checked alone), else in the source file. Severities map to SARIF levels error / warning / note.
 *
 * <p>In the report of a tree (directory mode) a file given by a relative path keeps that path — relative to the
 * working directory, which in CI is the repository root, as GitHub code scanning reads URIs — with the
 * {@code uriBaseId} {@value #WORKING_DIRECTORY}, which the run's {@code originalUriBaseIds} resolve to the working
 * directory's absolute {@code file:} URI; so {@code docs/de/guide/index.md} and {@code docs/de/faq/index.md} are
 * never confused. A file given by an absolute path is an absolute {@code file:} URI.
 */
public final class SarifReporter implements Reporter {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** The base id of relative URIs in the report of a tree: the working directory (SARIF's usual name for it). */
    static final String WORKING_DIRECTORY = "%SRCROOT%";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String extension() {
        return "sarif";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<String> ruleIds = new ArrayList<>(report.checks().stream().map(CheckDescriptor::id).toList());
        for (PairResult p : report.pairs()) {
            for (Finding f : p.findings()) {
                if (!ruleIds.contains(f.check())) {
                    ruleIds.add(f.check());
                }
            }
        }
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "paracheck");
            g.writeStringField("version", report.toolVersion());
            g.writeArrayFieldStart("rules");
            for (String id : ruleIds) {
                CheckDescriptor d = report.checks().stream().filter(c -> c.id().equals(id)).findFirst()
                        .orElse(new CheckDescriptor(id, id, id, Severity.WARNING));
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("name", ruleName(d.title()));
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", d.title());
                g.writeEndObject();
                g.writeObjectFieldStart("fullDescription");
                g.writeStringField("text", d.description());
                g.writeEndObject();
                g.writeObjectFieldStart("help");
                g.writeStringField("text", d.title() + " (" + d.id() + "): " + d.description());
                g.writeEndObject();
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", level(d.defaultSeverity()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            if (report.isTree()) {
                g.writeObjectFieldStart("originalUriBaseIds");
                writeRoot(g, WORKING_DIRECTORY, Path.of(""));
                g.writeEndObject();
            }
            g.writeArrayFieldStart("results");
            for (PairResult p : report.pairs()) {
                for (Finding f : p.findings()) {
                    writeResult(g, report.isTree(), p, f, ruleIds.indexOf(f.check()));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** A directory as an entry of {@code originalUriBaseIds}: its absolute {@code file:} URI, ending in a slash. */
    private static void writeRoot(JsonGenerator g, String id, Path dir) throws IOException {
        String uri = dir.toAbsolutePath().normalize().toUri().toString();
        g.writeObjectFieldStart(id);
        g.writeStringField("uri", uri.endsWith("/") ? uri : uri + "/");
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, boolean tree, PairResult p, Finding f, int ruleIndex)
            throws IOException {
        boolean onTarget = f.target() != null || !p.hasSource();
        Location loc = onTarget ? f.target() : f.source();
        Document doc = onTarget ? p.target() : p.source();
        boolean relative = tree && !doc.path().isAbsolute();
        g.writeStartObject();
        g.writeStringField("ruleId", f.check());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", relative ? uri(doc.path().normalize())
                : tree ? doc.path().toUri().toString() : uri(doc.path()));
        if (relative) {
            g.writeStringField("uriBaseId", WORKING_DIRECTORY);
        }
        g.writeEndObject();
        if (loc != null && loc.line() > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", loc.line());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A relative path as a URI reference with forward slashes and percent-encoding. */
    static String uri(Path file) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < file.getNameCount(); i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(file.getName(i).toString(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return file.isAbsolute() ? "file:///" + sb : sb.toString();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A rule's name as SARIF writes them, each word capitalised: "Not a translation" is "NotATranslation". */
    static String ruleName(String title) {
        StringBuilder sb = new StringBuilder();
        for (String w : title.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }
}
