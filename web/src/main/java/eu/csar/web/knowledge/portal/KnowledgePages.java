package eu.csar.web.knowledge.portal;

import eu.csar.knowledge.api.ArticleKind;
import eu.csar.knowledge.api.EvidenceLevel;
import eu.csar.knowledge.api.TargetGroup;
import eu.csar.knowledge.application.PublicCatalogue;
import eu.csar.shared.domain.MemberState;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The public pages of the knowledge hub, without login: the prevention programme catalogue
 * ({@code /public/knowledge/programmes}, filterable by Member State and target group, with the
 * published criteria), the support services for survivors ({@code /public/knowledge/support}, linked
 * from the victim page) and the definitions for providers ({@code /public/knowledge/definitions},
 * linked from the indicator and order pages). Only published versions.
 *
 * <p>A plain servlet rather than a Faces view so that nothing can open an HTTP session (no view state,
 * no flash, no locale bean): the language comes from {@code ?lang=} or Accept-Language on every request.
 * Answers are cacheable for {@value #MAX_AGE} seconds, carry an ETag (SHA-256 of the page) and
 * Last-Modified (the last publication or withdrawal) and answer a matching If-None-Match with 304.
 * The strict headers are {@code SecurityHeadersFilter}'s (the victim page's policy: no inline script
 * or style, nothing from another site).
 */
@WebServlet(urlPatterns = "/public/knowledge/*")
public class KnowledgePages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** How long a browser or proxy may reuse a page without asking. */
    static final int MAX_AGE = 300;

    @Inject
    transient PublicCatalogue catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (page.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/public/knowledge/programmes"
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            return;
        }
        Locale locale = language(request.getParameter("lang"), request.getLocales());
        KnowledgeHtml html = new KnowledgeHtml(locale, request.getContextPath());
        MemberState ms = memberState(request.getParameter("ms"));
        String body;
        switch (page) {
            case "/programmes" -> {
                TargetGroup group = group(request.getParameter("group"));
                body = html.programmes(catalogue.published(ArticleKind.PREVENTION_PROGRAMME, ms, group), ms, group,
                        Arrays.asList(EvidenceLevel.values()));
            }
            case "/support" -> body = html.support(catalogue.published(ArticleKind.SUPPORT_SERVICE, ms, null), ms);
            case "/definitions" -> body = html.definitions(catalogue.published(ArticleKind.DEFINITION, null, null));
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + sha256(bytes) + "\"";
        Instant modified = catalogue.lastChange().orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
        response.setHeader("Cache-Control", "public, max-age=" + MAX_AGE);
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", modified.toEpochMilli());
        response.setHeader("Content-Language", locale.getLanguage());
        if (notModified(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** {@code lang} if it is en or nl, else the first of the browser's languages that is, else English. */
    static Locale language(String lang, java.util.Enumeration<Locale> accepted) {
        if ("nl".equalsIgnoreCase(lang) || "en".equalsIgnoreCase(lang)) {
            return Locale.forLanguageTag(lang.toLowerCase(Locale.ROOT));
        }
        while (accepted != null && accepted.hasMoreElements()) {
            String l = accepted.nextElement().getLanguage();
            if (l.equals("nl") || l.equals("en")) {
                return Locale.forLanguageTag(l);
            }
        }
        return Locale.ENGLISH;
    }

    static boolean notModified(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && (ifNoneMatch.strip().equals("*")
                || List.of(ifNoneMatch.split(",")).stream().map(String::strip).anyMatch(etag::equals));
    }

    /** A Member State filter: an unknown or empty code means all (a public page never errors on a filter). */
    static MemberState memberState(String code) {
        return code == null || code.isBlank() ? null : MemberState.fromCode(code.strip()).orElse(null);
    }

    static TargetGroup group(String name) {
        return Arrays.stream(TargetGroup.values()).filter(g -> g.name().equals(name)).findFirst().orElse(null);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
