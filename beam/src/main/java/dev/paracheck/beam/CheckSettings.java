package dev.paracheck.beam;

import dev.paracheck.check.Checks;
import dev.paracheck.model.CheckDescriptor;
import dev.paracheck.model.Severity;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How each pair is checked, taken from the options once and shipped to the workers with the functions that
 * check. Immutable.
 *
 * @param only the check ids to run (empty: all)
 * @param skip the check ids not to run
 * @param sourceLang the sources' language when a row names none, or null to detect it
 * @param targetLang the targets' language when a row names none, or null to detect it
 * @param timeLimitSeconds the time one pair may take
 * @param corpusTermDrift true when term drift is judged over all pairs of a language pair together
 */
public record CheckSettings(Set<String> only, Set<String> skip, String sourceLang, String targetLang,
                            int timeLimitSeconds, boolean corpusTermDrift) implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String TERM_DRIFT = "term-drift";

    public CheckSettings {
        only = new HashSet<>(only);
        skip = new HashSet<>(skip);
        if (timeLimitSeconds <= 0) {
            throw new IllegalArgumentException("--pairTimeLimitSeconds: must be positive, not " + timeLimitSeconds);
        }
    }

    /** The settings the options give; unknown check ids and a bad --termDrift fail here, before the job starts. */
    static CheckSettings of(ParacheckOptions o) {
        Set<String> skip = ids(o.getSkipChecks());
        if (o.getNoGrammar()) {
            skip.add("grammar");
        }
        String scope = o.getTermDrift();
        if (!scope.equals("corpus") && !scope.equals("pair")) {
            throw new IllegalArgumentException("--termDrift: corpus or pair, not '" + scope + "'");
        }
        CheckSettings s = new CheckSettings(ids(o.getChecks()), skip, o.getSourceLang(), o.getTargetLang(),
                o.getPairTimeLimitSeconds(), scope.equals("corpus"));
        s.selection();
        return s;
    }

    private static Set<String> ids(String list) {
        return Arrays.stream(list == null ? new String[0] : list.split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).collect(Collectors.toCollection(HashSet::new));
    }

    /** The checks selected, as {@code paracheck check} would run them. */
    Checks selection() {
        return Checks.select(only, skip, Map.of());
    }

    /** The checks each pair runs: the selection, less term drift when it is judged across pairs. */
    Checks perPair() {
        return judgesTermDriftAcrossPairs() ? selection().deferringCorpusChecks() : selection();
    }

    /** True when term drift runs and is judged across the pairs of a language pair. */
    boolean judgesTermDriftAcrossPairs() {
        return corpusTermDrift && termDriftSeverity() != null;
    }

    /** The severity of term-drift findings, or null when the check does not run. */
    Severity termDriftSeverity() {
        return selection().enabledDescriptors().stream().filter(d -> d.id().equals(TERM_DRIFT)).findFirst()
                .map(CheckDescriptor::defaultSeverity).orElse(null);
    }
}
