package eu.csar.web.platform.rest;

import eu.csar.shared.domain.UnknownObjectException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a browser gets from a portal download: the stored document's headers and bytes, 404 and 403. */
class AttachmentsTest {

    private static final Pattern LINK = Pattern.compile("/([0-9a-f-]{36})");

    /** A response that remembers what it was told. */
    static final class Recorded {
        final Map<String, Object> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status = 200;

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "setContentType" -> headers.put("Content-Type", args[0]);
                        case "setHeader" -> headers.put((String) args[0], args[1]);
                        case "setContentLength" -> headers.put("Content-Length", args[0]);
                        case "getOutputStream" -> out;
                        case "sendError" -> status = (Integer) args[0];
                        default -> null;
                    });
        }
    }

    static HttpServletRequest path(String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(AttachmentsTest.class.getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getPathInfo") ? pathInfo : null);
    }

    @Test
    void aStoredDocumentIsAnAttachmentNeitherSniffedRenderedNorKeptWithItsExactBytes() throws Exception {
        byte[] content = "Minutes (synthetic)\n".getBytes(StandardCharsets.UTF_8);
        Recorded r = new Recorded();
        Attachments.sendStoredDocument(r.response(), "text/plain", "notulen één.txt", content);
        assertEquals(Map.of("Content-Type", "text/plain",
                "Content-Disposition", "attachment; filename=\"notulen __n.txt\"; filename*=UTF-8''notulen%20%C3%A9%C3%A9n.txt",
                "X-Content-Type-Options", "nosniff", "Cache-Control", "no-store",
                "Content-Security-Policy", "sandbox; default-src 'none'", "Content-Length", content.length), r.headers);
        assertArrayEquals(content, r.body.toByteArray());
    }

    @Test
    void aReportTheServerMadeIsSentUnderItsOwnNameAndNeverCached() throws Exception {
        Recorded r = new Recorded();
        Attachments.send(r.response(), "text/csv; charset=UTF-8", "attachment; filename=\"t.csv\"", new byte[]{'a', ';', 'b'});
        assertEquals(Map.of("Content-Type", "text/csv; charset=UTF-8", "Content-Disposition", "attachment; filename=\"t.csv\"",
                "Cache-Control", "no-store", "Content-Length", 3), r.headers);
    }

    @Test
    void aLinkThatDoesNotMatchAnUnknownObjectAndAWrongRoleAreAnswered404And404And403() throws Exception {
        String id = UUID.randomUUID().toString();
        Recorded found = new Recorded();
        assertEquals(id, Attachments.lookUp(path("/" + id), found.response(), LINK, m -> m.group(1)));
        assertEquals(200, found.status);

        for (String wrong : new String[]{"/../etc", "", "/" + id + "/more"}) {
            Recorded r = new Recorded();
            assertNull(Attachments.lookUp(path(wrong), r.response(), LINK, m -> "never asked"));
            assertEquals(404, r.status, wrong);
        }
        Recorded malformed = new Recorded();
        assertNull(Attachments.lookUp(path("/" + "-".repeat(36)), malformed.response(), LINK, m -> UUID.fromString(m.group(1))));
        assertEquals(404, malformed.status);
        Recorded unknown = new Recorded();
        assertNull(Attachments.lookUp(path("/" + id), unknown.response(), LINK, m -> {
            throw new UnknownObjectException("NetworkDocument", m.group(1));
        }));
        assertEquals(404, unknown.status);
        Recorded forbidden = new Recorded();
        assertNull(Attachments.lookUp(path("/" + id), forbidden.response(), LINK, m -> {
            throw new EJBAccessException("wrong role");
        }));
        assertEquals(403, forbidden.status);
    }
}
