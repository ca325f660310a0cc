package eu.csar.web.platform.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How the platform hands out a stored document: an attachment a browser must not render, sniff or keep. */
public final class Attachments {

    private Attachments() {
    }

    /** An attachment named {@code fileName}: an ASCII fallback and the UTF-8 name (RFC 6266). */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
