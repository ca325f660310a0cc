package eu.csar.reports.domain;

import eu.csar.reports.api.PublicMaterialState;
import eu.csar.shared.domain.RuleViolationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which watched public URLs to list: those in {@code state} (null: any), whose URL contains
 * {@code url} ignoring case (null: any URL), of report {@code report} (null: any report). The URL
 * fragment is matched as typed: {@code %}, {@code _} and the escape character {@code !} in it stand
 * for themselves, never for wildcards, so a fragment finds only URLs that contain it.
 */
public record PublicMaterialSearch(PublicMaterialState state, String url, UUID report) {

    /** The escape character of the {@code like} pattern. */
    static final char ESCAPE = '!';

    /** The longest URL fragment: no watched URL is longer ({@link PublicUrls#MAX_LENGTH}). */
    public static final int MAX_URL_FRAGMENT = PublicUrls.MAX_LENGTH;

    /**
     * The search as typed: the URL fragment trimmed (blank: any URL); longer than
     * {@link #MAX_URL_FRAGMENT} characters is refused, naming the field {@code url}.
     */
    public static PublicMaterialSearch of(PublicMaterialState state, String url, UUID report) {
        String fragment = url == null || url.isBlank() ? null : url.strip();
        if (fragment != null && fragment.length() > MAX_URL_FRAGMENT) {
            throw RuleViolationException.invalid("url", "at most " + MAX_URL_FRAGMENT + " characters (" + fragment.length()
                    + " given): no watched URL is longer");
        }
        return new PublicMaterialSearch(state, fragment, report);
    }

    /** The JPQL condition on {@code PublicMaterial m} ({@code ""} for none, else {@code " where ..."}). */
    public String where() {
        List<String> terms = new ArrayList<>();
        if (state != null) {
            terms.add("m.state = :state");
        }
        if (url != null) {
            terms.add("lower(m.url) like lower(:url) escape '" + ESCAPE + "'");
        }
        if (report != null) {
            terms.add("m.reportId = :report");
        }
        return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
    }

    /** The values of the parameters {@link #where} names. */
    public Map<String, Object> parameters() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (state != null) {
            values.put("state", state);
        }
        if (url != null) {
            values.put("url", likePattern(url));
        }
        if (report != null) {
            values.put("report", report);
        }
        return values;
    }

    /** {@code fragment} anywhere in the text, its wildcards and the escape character escaped. */
    static String likePattern(String fragment) {
        String e = String.valueOf(ESCAPE);
        return "%" + fragment.replace(e, e + e).replace("%", e + "%").replace("_", e + "_") + "%";
    }
}
