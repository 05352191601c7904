package dev.paracheck.beam;

import java.io.IOException;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/** Reads one manifest file ({@link Manifest}): its rows, and a {@link PairProblem} for each row it cannot read. */
final class ReadManifestFn extends DoFn<FileIO.ReadableFile, PairRow> {
    private static final long serialVersionUID = 1L;
    static final TupleTag<PairRow> ROWS = new TupleTag<>() { };
    static final TupleTag<PairProblem> PROBLEMS = new TupleTag<>() { };

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
        String name = file.getMetadata().resourceId().toString();
        try (Reader in = Channels.newReader(file.open(), StandardCharsets.UTF_8)) {
            Manifest.read(withoutCompression(name), name, in, row -> out.get(ROWS).output(row),
                    problem -> out.get(PROBLEMS).output(problem));
        }
    }

    /** The file name without the extension of a compression FileIO undoes ({@code rows.csv.gz} is CSV). */
    private static String withoutCompression(String name) {
        return name.replaceFirst("(?i)\\.(gz|bz2|zst|deflate|lzo|zip|snappy)$", "").toLowerCase(Locale.ROOT);
    }
}
