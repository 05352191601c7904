package dev.paracheck.report;

import dev.paracheck.model.Link;
import dev.paracheck.model.PairResult;
import dev.paracheck.model.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * TMX 1.4b: a translation memory with one translation unit per aligned link of every pair (links with an empty
 * side are left out); a target checked without its source has no links, hence no unit. The source language of
 * the header is that of the first pair with a source ({@code *all*}, any language, when there is none).
 */
public final class TmxReporter implements Reporter {
    @Override
    public String format() {
        return "tmx";
    }

    @Override
    public String extension() {
        return "tmx";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        String srcLang = report.pairs().stream().filter(PairResult::hasSource).findFirst()
                .map(p -> p.source().lang()).orElse("*all*");
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
        out.write("  <header creationtool=\"paracheck\" creationtoolversion=\"" + Xml.escape(report.toolVersion())
                + "\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" srclang=\"" + Xml.escape(srcLang)
                + "\" o-tmf=\"paracheck\"/>\n  <body>\n");
        for (PairResult p : report.pairs()) {
            for (Link l : p.alignment().sentences()) {
                if (l.isOmission() || l.isAddition()) {
                    continue;
                }
                out.write("    <tu>\n      <prop type=\"x-source-file\">" + Xml.escape(report.name(p.source()))
                        + "</prop>\n      <prop type=\"x-link\">" + l.type() + "</prop>\n");
                out.write("      <tuv xml:lang=\"" + Xml.escape(p.source().lang()) + "\"><seg>"
                        + Xml.escape(p.source().text(l.source())) + "</seg></tuv>\n");
                out.write("      <tuv xml:lang=\"" + Xml.escape(p.target().lang()) + "\"><seg>"
                        + Xml.escape(p.target().text(l.target())) + "</seg></tuv>\n    </tu>\n");
            }
        }
        out.write("  </body>\n</tmx>\n");
    }
}
