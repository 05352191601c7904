package dev.paracheck.bench.realworld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real-world evaluation corpus: the pairs {@code bench/realworld/fetch.sh} puts under
 * {@code target/realworld/pairs/}, listed in {@code bench/realworld/pairs.tsv}.
 */
record Corpus(List<Entry> pairs) {
    /** One document pair of the manifest, with its files resolved. */
    record Entry(String id, String family, String sourceLang, String targetLang, Path source, Path target) {
    }

    static Corpus read(Path manifest, Path pairsDir) {
        List<Entry> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(manifest);
            List<String> header = List.of(lines.get(0).split("\t", -1));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Entry e = new Entry(f[header.indexOf("id")], f[header.indexOf("family")],
                        f[header.indexOf("source_lang")], f[header.indexOf("target_lang")],
                        pairsDir.resolve(f[header.indexOf("source_file")]),
                        pairsDir.resolve(f[header.indexOf("target_file")]));
                if (!Files.isRegularFile(e.source()) || !Files.isRegularFile(e.target())) {
                    throw new IllegalStateException(e.id() + ": files missing under " + pairsDir
                            + "; run bash bench/realworld/fetch.sh");
                }
                out.add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus(List.copyOf(out));
    }
}
