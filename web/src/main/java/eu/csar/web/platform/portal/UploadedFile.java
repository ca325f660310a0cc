package eu.csar.web.platform.portal;

import eu.csar.shared.domain.DocumentRules;
import jakarta.servlet.http.Part;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The file a portal form received through {@code h:inputFile}, read as UTF-8 text: whole when a page
 * bounds its size, as a stream of lines when the service reads it line by line (a bulk import of
 * millions of lines never sits in memory). A form without a file sends an empty part, not none.
 * A business document ({@link DocumentRules}) is read as bytes, with its name and media type as the
 * service expects them.
 */
public final class UploadedFile {

    private static final Map<String, String> EXTENSIONS = Map.of(".pdf", "application/pdf", ".txt", "text/plain",
            ".odt", "application/vnd.oasis.opendocument.text",
            ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private UploadedFile() {
    }

    /** Whether the user chose a non-empty file. */
    public static boolean isChosen(Part file) {
        return file != null && file.getSize() > 0;
    }

    /** The whole file as text; the caller has checked its size. */
    public static String text(Part file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The file line by line; the caller closes the reader. */
    public static BufferedReader lines(Part file) throws IOException {
        return new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The document's bytes, at most one byte over {@link DocumentRules#MAX_BYTES}, so that the service refuses a larger one. */
    public static byte[] document(Part file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(DocumentRules.MAX_BYTES + 1);
        }
    }

    /** The name without the path some browsers send. */
    public static String fileName(String submitted) {
        if (submitted == null) {
            return null;
        }
        return submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
    }

    /** The browser's media type if the platform takes it, else the one the file name's extension stands for. */
    public static String documentMediaType(String browser, String name) {
        if (DocumentRules.allowedMediaType(browser).isPresent()) {
            return browser;
        }
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : EXTENSIONS.entrySet()) {
            if (n.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return browser;
    }
}
