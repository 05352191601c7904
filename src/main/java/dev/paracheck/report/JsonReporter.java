package dev.paracheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.paracheck.model.DiffOp;
import dev.paracheck.model.Document;
import dev.paracheck.model.Finding;
import dev.paracheck.model.Link;
import dev.paracheck.model.Location;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import dev.paracheck.model.Severity;
import dev.paracheck.model.Span;
import dev.paracheck.model.Staleness;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The JSON report of PRODUCT.md, field for field. Additions, which parsers of the documented schema may ignore:
 * {@code paragraphAlignment} (paragraph links, same shape as {@code alignment}) per pair, and in directory mode
 * {@code problems} ({@code path}, {@code message}: files without counterpart or unreadable), and per pair checked
 * against a before-version of its source, {@code staleness} ({@code before}, {@code commitsBehind},
 * {@code daysBehind}, {@code sourceChanged}; absent otherwise), and in directory mode, beside a document's
 * {@code path}, {@code relative}: its path relative to the directory given, names joined by {@code /}; per finding,
 * typed data beside the message where it has some — {@code spans} (places in the location texts, 0-based offsets
 * in UTF-16 code units, end exclusive), {@code suggestions} and {@code diff} (word diff operations) — and per
 * location the 1-based {@code page} where the format has pages.
 *
 * <p>A target checked without its source is a pair without a {@code source} member, whose {@code alignment} and
 * {@code paragraphAlignment} are empty arrays and whose findings have no {@code source} member either (where a
 * finding of a pair with a source has {@code "source": null}).
 */
public final class JsonReporter implements Reporter {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "paracheck");
            g.writeStringField("version", report.toolVersion());
            g.writeEndObject();
            g.writeArrayFieldStart("pairs");
            for (PairResult pair : report.pairs()) {
                writePair(g, pair);
            }
            g.writeEndArray();
            if (!report.problems().isEmpty()) {
                g.writeArrayFieldStart("problems");
                for (dev.paracheck.model.Problem pr : report.problems()) {
                    g.writeStartObject();
                    g.writeStringField("path", pr.path().toString());
                    g.writeStringField("message", pr.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeObjectFieldStart("summary");
            g.writeNumberField("pairs", report.pairs().size());
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.label(), report.count(s));
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writePair(JsonGenerator g, PairResult pair) throws IOException {
        g.writeStartObject();
        if (pair.hasSource()) {
            writeDocument(g, "source", pair.source());
        }
        writeDocument(g, "target", pair.target());
        if (pair.staleness() != null) {
            writeStaleness(g, pair);
        }
        writeLinks(g, "alignment", pair.alignment().sentences());
        writeLinks(g, "paragraphAlignment", pair.alignment().paragraphs());
        g.writeArrayFieldStart("findings");
        for (Finding f : pair.findings()) {
            g.writeStartObject();
            g.writeStringField("check", f.check());
            g.writeStringField("severity", f.severity().label());
            g.writeStringField("message", f.message());
            if (pair.hasSource()) {
                writeLocation(g, "source", f.source());
            }
            writeLocation(g, "target", f.target());
            writeTypedData(g, f);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * {@code staleness}: where the source before came from, commits and days behind (null when unknown), and the
     * share of the source's sentences changed or added since, rounded to four decimals.
     */
    private static void writeStaleness(JsonGenerator g, PairResult pair) throws IOException {
        Staleness st = pair.staleness();
        g.writeObjectFieldStart("staleness");
        g.writeStringField("before", st.before());
        if (st.commitsBehind() >= 0) {
            g.writeNumberField("commitsBehind", st.commitsBehind());
        } else {
            g.writeNullField("commitsBehind");
        }
        if (st.daysBehind() >= 0) {
            g.writeNumberField("daysBehind", st.daysBehind());
        } else {
            g.writeNullField("daysBehind");
        }
        Double changed = PairStatus.sourceChanged(pair);
        g.writeFieldName("sourceChanged");
        if (changed == null) {
            g.writeNull();
        } else {
            g.writeNumber(BigDecimal.valueOf(changed).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString());
        }
        g.writeEndObject();
    }

    private static void writeDocument(JsonGenerator g, String name, Document d) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("path", d.path().toString());
        if (d.relative() != null) {
            g.writeStringField("relative", d.relativeName());
        }
        g.writeStringField("lang", d.lang());
        g.writeNumberField("paragraphs", d.paragraphs().size());
        g.writeNumberField("sentences", d.sentences().size());
        g.writeEndObject();
    }

    private static void writeLinks(JsonGenerator g, String name, List<Link> links) throws IOException {
        g.writeArrayFieldStart(name);
        for (Link l : links) {
            g.writeStartObject();
            writeInts(g, "source", l.source());
            writeInts(g, "target", l.target());
            g.writeStringField("type", l.type());
            g.writeNumberField("score", l.score());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeLocation(JsonGenerator g, String name, Location loc) throws IOException {
        if (loc == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        writeInts(g, "sentences", loc.sentences());
        if (loc.paragraph() >= 0) {
            g.writeNumberField("paragraph", loc.paragraph());
        } else {
            g.writeNullField("paragraph");
        }
        if (loc.line() > 0) {
            g.writeNumberField("line", loc.line());
        } else {
            g.writeNullField("line");
        }
        if (loc.page() > 0) {
            g.writeNumberField("page", loc.page());
        }
        g.writeStringField("text", loc.text());
        g.writeEndObject();
    }

    /**
     * A finding's typed data, each member only when it has some: {@code spans} ({@code side}, {@code start},
     * {@code end}, {@code kind}), {@code suggestions} (strings) and {@code diff} ({@code op}, {@code text}).
     */
    private static void writeTypedData(JsonGenerator g, Finding f) throws IOException {
        if (!f.spans().isEmpty()) {
            g.writeArrayFieldStart("spans");
            for (Span s : f.spans()) {
                g.writeStartObject();
                g.writeStringField("side", s.side().label());
                g.writeNumberField("start", s.start());
                g.writeNumberField("end", s.end());
                g.writeStringField("kind", s.kind().label());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!f.suggestions().isEmpty()) {
            g.writeArrayFieldStart("suggestions");
            for (String s : f.suggestions()) {
                g.writeString(s);
            }
            g.writeEndArray();
        }
        if (!f.diff().isEmpty()) {
            g.writeArrayFieldStart("diff");
            for (DiffOp d : f.diff()) {
                g.writeStartObject();
                g.writeStringField("op", d.op().label());
                g.writeStringField("text", d.text());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void writeInts(JsonGenerator g, String name, List<Integer> ids) throws IOException {
        g.writeArrayFieldStart(name);
        for (int i : ids) {
            g.writeNumber(i);
        }
        g.writeEndArray();
    }
}
