package dev.paracheck.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Puts one side of a pair where paracheck's readers take it, a local file: a local path as it is, a document
 * another file system holds (gs://, s3://, hdfs:// …, through Beam's {@code FileSystems}) copied under its own file
 * name (the extension tells the format), a text given inline written as {@code NAME.txt}. Stateless.
 */
final class LocalCopy {
    /** A remote document larger than this is refused before it is copied (the readers take 20 M characters). */
    static final long MAX_BYTES = 256L << 20;
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private LocalCopy() {
    }

    /** Thrown when a document cannot be had; its message names the document and says why, in one line. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A local file holding the side: {@code location} when it is local, else a copy in {@code dir}. */
    static Path of(String location, String text, String name, Path dir) throws Unreadable, IOException {
        if (text != null) {
            Path file = dir.resolve(name + ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        }
        if (location.startsWith("file:")) {
            return Path.of(URI.create(location));
        }
        if (!SCHEME.matcher(location).matches()) {
            return Path.of(location);
        }
        MatchResult.Metadata meta;
        try {
            meta = FileSystems.matchSingleFileSpec(location);
        } catch (IOException | IllegalArgumentException e) {
            throw new Unreadable(location + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (meta.sizeBytes() > MAX_BYTES) {
            throw new Unreadable(location + ": larger than " + (MAX_BYTES >> 20) + " MB", null);
        }
        ResourceId id = meta.resourceId();
        String file = id.getFilename() == null || id.getFilename().isBlank() ? name : id.getFilename();
        Path copy = dir.resolve(name).resolve(file);
        Files.createDirectories(copy.getParent());
        try (InputStream in = Channels.newInputStream(FileSystems.open(id));
             OutputStream out = Files.newOutputStream(copy)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new Unreadable(location + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return copy;
    }
}
