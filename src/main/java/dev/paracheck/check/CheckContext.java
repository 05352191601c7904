package dev.paracheck.check;

import dev.paracheck.config.Glossary;
import dev.paracheck.model.Alignment;
import dev.paracheck.model.Document;
import dev.paracheck.model.Severity;
import java.util.Objects;

/**
 * What a check sees: the two segmented documents, their alignment, and the severity its findings get.
 *
 * @param source the source document
 * @param target the target document
 * @param alignment their alignment
 * @param severity the severity configured for the running check
 * @param boilerplate text that content checks ignore
 * @param glossary the glossaries in force
 */
public record CheckContext(Document source, Document target, Alignment alignment, Severity severity,
                           Boilerplate boilerplate, Glossary glossary) {
    public CheckContext(Document source, Document target, Alignment alignment, Severity severity) {
        this(source, target, alignment, severity, Boilerplate.defaults(), Glossary.EMPTY);
    }

    public CheckContext {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(boilerplate, "boilerplate");
        Objects.requireNonNull(glossary, "glossary");
    }

    public CheckContext withSeverity(Severity s) {
        return new CheckContext(source, target, alignment, s, boilerplate, glossary);
    }
}
