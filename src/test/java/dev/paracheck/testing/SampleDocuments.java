package dev.paracheck.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a list of paragraphs as HTML, DOCX, ODT or PDF, so that tests can check that every format reads the
 * same. DOCX through Apache POI, PDF through PDFBox (both come with Tika), ODT as a minimal ODF package.
 * Also run by hand to make the samples: {@code SampleDocuments SOURCE.txt OUT_BASENAME}.
 */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    public static List<String> paragraphs(Path txt) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(txt, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    public static Path html(List<String> paragraphs, Path out) throws IOException {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Sample</title>"
                + "<style>p{margin:1em}</style><script>var x = 1;</script></head>\n<body>\n");
        for (String p : paragraphs) {
            sb.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>\n");
        }
        Files.writeString(out, sb.append("</body></html>\n").toString(), StandardCharsets.UTF_8);
        return out;
    }

    public static Path docx(List<String> paragraphs, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(os);
        }
        return out;
    }

    public static Path odt(List<String> paragraphs, Path out) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
        for (String p : paragraphs) {
            content.append("<text:p>").append(p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                + "manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" "
                + "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out;
    }

    /** A4, Helvetica 11 pt, greedy word wrap, half a line between paragraphs; paragraphs flow across pages. */
    public static Path pdf(List<String> paragraphs, Path out) throws IOException {
        return pdf(paragraphs, out, null);
    }

    /** As {@link #pdf(List, Path)}, with {@code producer} (if not null) as the producer its metadata names. */
    public static Path pdf(List<String> paragraphs, Path out, String producer) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float size = 11;
        float leading = 14;
        float margin = 60;
        float width = PDRectangle.A4.getWidth() - 2 * margin;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (String p : paragraphs) {
                for (String line : wrap(p, font, size, width)) {
                    if (cs == null || y < margin) {
                        if (cs != null) {
                            cs.endText();
                            cs.close();
                        }
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        cs.beginText();
                        cs.setFont(font, size);
                        y = PDRectangle.A4.getHeight() - margin;
                        cs.newLineAtOffset(margin, y);
                    }
                    cs.showText(line);
                    cs.newLineAtOffset(0, -leading);
                    y -= leading;
                }
                cs.newLineAtOffset(0, -leading / 2);
                y -= leading / 2;
            }
            if (cs != null) {
                cs.endText();
                cs.close();
            }
            if (producer != null) {
                doc.getDocumentInformation().setProducer(producer);
            }
            doc.save(out.toFile());
        }
        return out;
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    public static void main(String[] args) throws IOException {
        List<String> paragraphs = paragraphs(Path.of(args[0]));
        String base = args[1];
        docx(paragraphs, Path.of(base + ".docx"));
        html(paragraphs, Path.of(base + ".html"));
        odt(paragraphs, Path.of(base + ".odt"));
        pdf(paragraphs, Path.of(base + ".pdf"));
    }
}
