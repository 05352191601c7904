package dev.paracheck.config;

import dev.paracheck.internal.InputException;
import dev.paracheck.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads glossaries: CSV or TSV with a header ({@code source}, {@code target} — approved renderings separated
 * by {@code |} —, optional {@code forbidden}, {@code note}, {@code case} = {@code sensitive}; instead of
 * {@code source} and {@code target}, columns named by the two languages: {@code en}, {@code de_term}, {@code de-DE},
 * {@code German}), and TBX (TBX-Basic
 * / TBX 2 {@code martif}, TBX 3 {@code tbx}): in each concept entry, the terms of the source language are the
 * source terms, and the target-language terms are approved unless their {@code administrativeStatus} or
 * {@code normativeAuthorization} says {@code deprecatedTerm} or {@code supersededTerm}. XML is read with DTDs
 * and external entities off. Any problem is one error naming the file and line.
 */
public final class GlossaryLoader {
    private GlossaryLoader() {
    }

    public static Glossary load(Path file, String sourceLang, String targetLang) {
        if (!Files.isRegularFile(file)) {
            throw InputException.about(file, Files.exists(file) ? "is not a file" : "no such file");
        }
        String name = Text.lower(file.getFileName().toString());
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return tbx(file, sourceLang, targetLang);
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return csv(file, name.endsWith(".csv") ? CSVFormat.DEFAULT : CSVFormat.TDF, sourceLang, targetLang);
        }
        throw InputException.about(file, "unknown glossary format (expected .csv, .tsv or .tbx)");
    }

    private static Glossary csv(Path file, CSVFormat base, String sourceLang, String targetLang) {
        CSVFormat format = base.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<Glossary.Entry> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = format.parse(r)) {
            Map<String, Integer> header = p.getHeaderMap();
            if (header == null) {
                throw InputException.about(file, "line 1: the header must name the columns 'source' and 'target'");
            }
            String sourceColumn = column(file, header.keySet(), "source", sourceLang, targetLang);
            String targetColumn = column(file, header.keySet(), "target", targetLang, sourceLang);
            for (CSVRecord rec : p) {
                int line = (int) rec.getRecordNumber() + 1;
                if (!rec.isConsistent()) {
                    throw InputException.about(file, "line " + line + ": expected " + header.size() + " fields, found "
                            + rec.size());
                }
                String source = rec.get(sourceColumn);
                if (source.isBlank()) {
                    throw InputException.about(file, "line " + line + ": empty source term");
                }
                out.add(new Glossary.Entry(source, split(rec.get(targetColumn)), split(optional(rec, "forbidden")),
                        optional(rec, "note"), "sensitive".equalsIgnoreCase(optional(rec, "case")), file, line));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw InputException.about(file, "malformed CSV: " + cause.getMessage(), e);
        }
        return new Glossary(out);
    }

    /**
     * The column of one side: the one named {@code role} ({@code source}, {@code target}), or else the one named by
     * the side's language as multilingual glossaries and the exports of translation platforms name them —
     * {@code de}, {@code de_term}, {@code term_de}, {@code de-DE}, {@code German} (case and {@code _ - space}
     * alike), one column only.
     */
    private static String column(Path file, Set<String> header, String role, String lang, String otherLang) {
        if (header.contains(role)) {
            return role;
        }
        List<String> named = lang == null ? List.of() : header.stream().filter(h -> namesLanguage(h, lang)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        String sides = "line 1: the header must name the columns 'source' and 'target'";
        if (lang == null || otherLang == null) {
            throw InputException.about(file, sides + ", or columns by language given --source-lang and --target-lang");
        }
        throw InputException.about(file, sides + ", or one column for each language (" + (named.isEmpty()
                ? "none is named for " + lang : String.join(", ", named) + " are all " + lang) + ")");
    }

    static boolean namesLanguage(String column, String lang) {
        String c = Text.lower(column.strip()).replace('-', '_').replace(' ', '_');
        String english = Text.lower(Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH));
        return c.equals(lang) || c.equals(english) || c.equals(lang + "_term") || c.equals("term_" + lang)
                || c.matches(Pattern.quote(lang) + "_[a-z]{2}(_term)?");
    }

    private static String optional(CSVRecord rec, String column) {
        return rec.isMapped(column) ? rec.get(column) : "";
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A term of a TBX concept entry, with its language and status. */
    private record Term(String lang, String text, String status, int line) {
    }

    private static Glossary tbx(Path file, String sourceLang, String targetLang) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows the property; DTDs are off anyway
        }
        List<Glossary.Entry> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = factory.createXMLStreamReader(in);
            List<Term> concept = new ArrayList<>();
            String lang = null;
            int conceptLine = 0;
            String currentText = null;
            String currentStatus = "";
            int termLine = 0;
            String reading = null;
            StringBuilder chars = new StringBuilder();
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw InputException.about(file, "line " + x.getLocation().getLineNumber()
                            + ": DOCTYPE declarations are not allowed in glossaries");
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw InputException.about(file, "line " + x.getLocation().getLineNumber()
                            + ": entity references are not allowed in glossaries");
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String el = x.getLocalName();
                    if (el.equals("termEntry") || el.equals("conceptEntry")) {
                        concept.clear();
                        conceptLine = x.getLocation().getLineNumber();
                    } else if (el.equals("langSet") || el.equals("langSec")) {
                        lang = attr(x, "lang");
                    } else if (el.equals("tig") || el.equals("ntig") || el.equals("termSec")) {
                        currentText = null;
                        currentStatus = "";
                    } else if (el.equals("term")) {
                        reading = "term";
                        chars.setLength(0);
                        termLine = x.getLocation().getLineNumber();
                    } else if ((el.equals("termNote") || el.equals("descrip"))
                            && ("administrativeStatus".equals(attr(x, "type"))
                            || "normativeAuthorization".equals(attr(x, "type")))) {
                        reading = "status";
                        chars.setLength(0);
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    if (reading != null) {
                        chars.append(x.getText());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String el = x.getLocalName();
                    if (el.equals("term") && "term".equals(reading)) {
                        currentText = chars.toString().strip();
                        reading = null;
                    } else if ("status".equals(reading) && (el.equals("termNote") || el.equals("descrip"))) {
                        currentStatus = chars.toString().strip();
                        reading = null;
                    } else if (el.equals("tig") || el.equals("ntig") || el.equals("termSec")) {
                        if (currentText != null && !currentText.isEmpty() && lang != null) {
                            concept.add(new Term(lang, currentText, currentStatus, termLine));
                        }
                    } else if (el.equals("termEntry") || el.equals("conceptEntry")) {
                        out.addAll(entries(concept, sourceLang, targetLang, file, conceptLine));
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw InputException.about(file, (line > 0 ? "line " + line + ": " : "") + "malformed TBX: "
                    + e.getMessage().replaceAll("\\s+", " "), e);
        } catch (IOException e) {
            throw InputException.about(file, "cannot read: " + e.getMessage(), e);
        }
        return new Glossary(out);
    }

    private static List<Glossary.Entry> entries(List<Term> concept, String sourceLang, String targetLang, Path file,
                                                int line) {
        List<String> approved = new ArrayList<>();
        List<String> forbidden = new ArrayList<>();
        for (Term t : concept) {
            if (matches(t.lang(), targetLang)) {
                String status = Text.lower(t.status());
                (status.contains("deprecated") || status.contains("superseded") ? forbidden : approved).add(t.text());
            }
        }
        List<Glossary.Entry> out = new ArrayList<>();
        for (Term t : concept) {
            if (matches(t.lang(), sourceLang) && !Text.lower(t.status()).contains("deprecated")) {
                out.add(new Glossary.Entry(t.text(), approved, forbidden, "", false, file, t.line() > 0 ? t.line() : line));
            }
        }
        return out;
    }

    private static boolean matches(String termLang, String lang) {
        return lang != null && Text.lower(termLang).split("[-_]")[0].equals(Text.lower(lang));
    }

    private static String attr(XMLStreamReader x, String local) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (x.getAttributeLocalName(i).equals(local)) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }
}
