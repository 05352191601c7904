package dev.paracheck.check;

import dev.paracheck.config.Glossary;
import dev.paracheck.model.Document;
import dev.paracheck.model.Severity;
import java.util.Objects;

/**
 * What a {@link TargetCheck} sees: the segmented target, the severity its findings get, the boilerplate to ignore
 * and the glossaries in force.
 */
public record TargetContext(Document target, Severity severity, Boilerplate boilerplate, Glossary glossary) {
    public TargetContext {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(boilerplate, "boilerplate");
        Objects.requireNonNull(glossary, "glossary");
    }

    public TargetContext withSeverity(Severity s) {
        return new TargetContext(target, s, boilerplate, glossary);
    }
}
