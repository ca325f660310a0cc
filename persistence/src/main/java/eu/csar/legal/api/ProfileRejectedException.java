package eu.csar.legal.api;

import eu.csar.shared.domain.RuleViolationException;

import java.util.List;

/**
 * A legal profile file that cannot become a version, with every reason found (not only the first),
 * each naming the key or field concerned, so that a legal officer can correct the file in one go.
 * Nothing of the file is stored.
 */
public class ProfileRejectedException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ProfileRejectedException(List<String> problems) {
        super(Code.INVALID, "profile", "The legal profile was not imported: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** What is wrong with the file, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}
