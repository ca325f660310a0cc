package eu.csar.web.platform.portal;

import jakarta.servlet.http.Part;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The file a portal form received through {@code h:inputFile}, read as UTF-8 text: whole when a page
 * bounds its size, as a stream of lines when the service reads it line by line (a bulk import of
 * millions of lines never sits in memory). A form without a file sends an empty part, not none.
 */
public final class UploadedFile {

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
}
