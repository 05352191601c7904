package dev.paracheck.check;

import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Finding;
import java.util.List;

/**
 * A check that can read a translation alone, its source not at hand ({@code paracheck check TARGET}). Its findings
 * have a target location only. Implementations are stateless or thread-safe, as {@link Check}s are.
 */
public interface TargetCheck {
    CheckDescriptor descriptor();

    List<Finding> runOnTarget(TargetContext ctx);
}
