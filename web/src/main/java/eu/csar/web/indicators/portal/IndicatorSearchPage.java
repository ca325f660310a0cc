package eu.csar.web.indicators.portal;

import eu.csar.indicators.api.IndicatorKind;
import eu.csar.indicators.application.IndicatorCatalog;
import eu.csar.indicators.application.IndicatorSummary;
import eu.csar.web.platform.portal.FeedbackBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Search in the indicator database ({@code /portal/indicators/search.xhtml}): by hash (a PDQ hash
 * within a radius, nearest first, with each result's distance; MD5 and SHA-256 exactly) or by URL
 * (equal or starting with it). Centre staff find every indicator, a Coordinating Authority those of
 * its own submissions (the catalogue decides). Each result links to the indicator's detail.
 */
@Named
@ViewScoped
public class IndicatorSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The radius the search starts with: the one the match API uses for "a match" (issue 9 §5). */
    static final int DEFAULT_RADIUS = 31;
    static final int MAX_RADIUS = 128;

    @Inject
    IndicatorCatalog catalog;

    @Inject
    FeedbackBean feedback;

    private String mode = "hash";
    private IndicatorKind kind = IndicatorKind.PDQ;
    private String value;
    private int radius = DEFAULT_RADIUS;
    private String url;
    private List<IndicatorSummary> results;

    public void search() {
        try {
            results = "url".equals(mode) ? catalog.searchByUrl(url == null ? null : url.trim())
                    : catalog.searchByHash(kind, normalised(value), kind == IndicatorKind.PDQ ? radius : 0);
        } catch (RuntimeException e) {
            results = null;
            if (!feedback.showRefusal(e, path -> "url".equals(mode) ? "search:url"
                    : path.contains("radius") || path.endsWith("arg2") ? "search:radius" : "search:value")) {
                throw e;
            }
        }
    }

    /** Hex digits as the database keeps them: lower case, without surrounding blanks. */
    static String normalised(String hash) {
        return hash == null ? null : hash.trim().toLowerCase(Locale.ROOT);
    }

    public List<IndicatorKind> getHashKinds() {
        return List.of(IndicatorKind.PDQ, IndicatorKind.MD5, IndicatorKind.SHA256);
    }

    public boolean isSearched() {
        return results != null;
    }

    public boolean isPdq() {
        return kind == IndicatorKind.PDQ;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = "url".equals(mode) ? "url" : "hash";
        results = null;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public void setKind(IndicatorKind kind) {
        this.kind = kind;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public int getRadius() {
        return radius;
    }

    public void setRadius(int radius) {
        this.radius = radius;
    }

    public int getMaxRadius() {
        return MAX_RADIUS;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<IndicatorSummary> getResults() {
        return results;
    }
}
