package eu.csar.web.platform.rest;

import eu.csar.shared.domain.RuleViolationException;
import eu.csar.shared.domain.UnknownObjectException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the platform hands out a download, from a portal servlet or a REST resource: always an attachment
 * that no cache keeps ({@code no-store}); a document a user uploaded (a risk assessment's, the experts'
 * network's) also under its stored media type with its own name, and a browser must neither sniff nor
 * render it (a sandbox policy that allows nothing). A portal download servlet finds what to send with
 * {@link #lookUp}: a link that does not match, an unknown object or one of another tenant is 404 like a
 * missing one, a wrong role 403.
 */
public final class Attachments {

    /** The headers of a document a user uploaded, besides its media type and name. */
    static final Map<String, String> STORED_DOCUMENT_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "Content-Security-Policy", "sandbox; default-src 'none'");

    private Attachments() {
    }

    /** An attachment named {@code fileName}: an ASCII fallback and the UTF-8 name (RFC 6266). */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sends {@code body} as the download the platform made ({@code contentDisposition} names it), never cached. */
    public static void send(HttpServletResponse response, String contentType, String contentDisposition, byte[] body)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", contentDisposition);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Sends a document a user uploaded: its stored media type, its name, neither sniffed, rendered nor cached. */
    public static void sendStoredDocument(HttpServletResponse response, String mediaType, String fileName, byte[] content)
            throws IOException {
        STORED_DOCUMENT_HEADERS.forEach(response::setHeader);
        send(response, mediaType, contentDisposition(fileName), content);
    }

    /** The REST answer with a document a user uploaded, with the headers of {@link #sendStoredDocument}. */
    public static Response storedDocument(String mediaType, String fileName, byte[] content) {
        Response.ResponseBuilder ok = Response.ok(content, mediaType).header("Content-Disposition", contentDisposition(fileName));
        STORED_DOCUMENT_HEADERS.forEach(ok::header);
        return ok.build();
    }

    /**
     * What the service gives for the link {@code pattern} matches in the request's path, or {@code null}
     * once the answer is sent: 404 for a link that does not match, a malformed value, an object the service
     * does not know or does not show this caller (another tenant's); 403 when the caller's role may not.
     */
    public static <T> T lookUp(HttpServletRequest request, HttpServletResponse response, Pattern pattern,
                               Function<Matcher, T> service) throws IOException {
        Matcher m = pattern.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        try {
            return service.apply(m);
        } catch (IllegalArgumentException | UnknownObjectException | RuleViolationException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
    }
}
