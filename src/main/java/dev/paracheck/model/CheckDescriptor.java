package dev.paracheck.model;

import java.util.Objects;

/**
 * What a check is, as reports and help texts show it.
 *
 * @param id the stable, user-facing check id of PRODUCT.md
 * @param title a short title
 * @param description one sentence on what it flags
 * @param defaultSeverity the severity of its findings unless configured otherwise
 */
public record CheckDescriptor(String id, String title, String description, Severity defaultSeverity) {
    public CheckDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    }
}
