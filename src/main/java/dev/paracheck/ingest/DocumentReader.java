package dev.paracheck.ingest;

import dev.paracheck.model.RawDocument;
import java.nio.file.Path;

/** Reads a file into paragraphs. Implementations throw {@link dev.paracheck.internal.InputException} on bad input. */
public interface DocumentReader {
    RawDocument read(Path file);
}
