package eu.csar.knowledge.domain;

import eu.csar.knowledge.api.ArticleKind;
import eu.csar.knowledge.api.EvidenceLevel;
import eu.csar.knowledge.api.TargetGroup;
import eu.csar.shared.domain.MemberState;
import eu.csar.shared.domain.RuleViolationException;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one version of an article says, in English and Dutch side by side, and how it is classified.
 * A prevention programme has a Member State, at least one target group and an evidence level; a
 * support service a Member State only; a definition (EU law, the same everywhere) none of them. A
 * draft may lack one language; a version is submitted for review only when both are complete
 * ({@link #requireBothLanguages()}).
 */
public record ArticleContent(String titleEn, String titleNl, String bodyEn, String bodyNl, MemberState memberState,
                             Set<TargetGroup> targetGroups, EvidenceLevel evidenceLevel) implements Serializable {

    /** The longest title. */
    public static final int MAX_TITLE = 200;
    /** The longest text of one language. */
    public static final int MAX_BODY = 20_000;

    public ArticleContent {
        titleEn = strip(titleEn);
        titleNl = strip(titleNl);
        bodyEn = strip(bodyEn);
        bodyNl = strip(bodyNl);
        targetGroups = targetGroups == null || targetGroups.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(targetGroups));
    }

    /**
     * Refuses, naming the field, a text too long, a draft without any title, and a classification that
     * does not fit {@code kind}.
     */
    public ArticleContent checkedFor(ArticleKind kind) {
        length(titleEn, MAX_TITLE, "titleEn");
        length(titleNl, MAX_TITLE, "titleNl");
        length(bodyEn, MAX_BODY, "bodyEn");
        length(bodyNl, MAX_BODY, "bodyNl");
        if (titleEn == null && titleNl == null) {
            throw RuleViolationException.invalid("titleEn", "An article has a title in English or Dutch");
        }
        boolean programme = kind == ArticleKind.PREVENTION_PROGRAMME;
        if (kind == ArticleKind.DEFINITION ? memberState != null : memberState == null) {
            throw RuleViolationException.invalid("memberState", kind == ArticleKind.DEFINITION
                    ? "A definition of EU law holds in every Member State: it names none"
                    : "A programme or a support service names its Member State");
        }
        if (programme ? targetGroups.isEmpty() : !targetGroups.isEmpty()) {
            throw RuleViolationException.invalid("targetGroups", programme
                    ? "A prevention programme names at least one target group" : "Only a prevention programme has target groups");
        }
        if (programme ? evidenceLevel == null : evidenceLevel != null) {
            throw RuleViolationException.invalid("evidenceLevel", programme
                    ? "A prevention programme is classified by an evidence level" : "Only a prevention programme has an evidence level");
        }
        return this;
    }

    /** Refuses, naming the first missing field, a version without title and text in both languages. */
    public void requireBothLanguages() {
        String[][] fields = {{titleEn, "titleEn"}, {titleNl, "titleNl"}, {bodyEn, "bodyEn"}, {bodyNl, "bodyNl"}};
        for (String[] f : fields) {
            if (f[0] == null) {
                throw RuleViolationException.invalid(f[1], "English and Dutch, title and text, are required before review");
            }
        }
    }

    private static void length(String text, int max, String field) {
        if (text != null && text.length() > max) {
            throw RuleViolationException.invalid(field, "At most " + max + " characters");
        }
        if (text != null && text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f)) {
            throw RuleViolationException.invalid(field, "Control characters are not allowed");
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
