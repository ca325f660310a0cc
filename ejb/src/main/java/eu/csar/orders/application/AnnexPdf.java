package eu.csar.orders.application;

import java.io.Serializable;

/** An order's annex form as a PDF: a file name to offer, the bytes, and the verification hash printed on it. */
public record AnnexPdf(String fileName, byte[] content, String verificationHash) implements Serializable {
}
