package dev.paracheck.ingest;

import dev.paracheck.internal.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses zip containers (DOCX, ODT, EPUB, XLSX …) that would inflate to an unreasonable size — zip bombs — before
 * any parser opens them, from the sizes in the zip's central directory. Tika's own guard counts only the text
 * a document produces, so a bomb of empty paragraphs would keep a parser busy for minutes; the parse time limit
 * catches what lies about its sizes. Files that are not zips, or that {@link ZipFile} cannot open, are left to
 * the parsers, which report them.
 */
final class ZipGuard {
    private static final long SMALL_ENTRY = 16L << 20;

    private ZipGuard() {
    }

    static void check(Path file, long maxTotal, long maxRatio) {
        if (!isZip(file)) {
            return;
        }
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size < 0) {
                    continue;
                }
                total += size;
                if (total > maxTotal) {
                    throw InputException.about(file, "its parts would expand to more than " + (maxTotal >> 20)
                            + " MB (a zip bomb?); refused");
                }
                if (size > SMALL_ENTRY && packed > 0 && size / packed > maxRatio) {
                    throw InputException.about(file, "part " + e.getName() + " would expand " + size / packed
                            + " times its packed size (a zip bomb?); refused");
                }
            }
        } catch (IOException e) {
            // not a readable zip after all: the parser says what is wrong with it
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
