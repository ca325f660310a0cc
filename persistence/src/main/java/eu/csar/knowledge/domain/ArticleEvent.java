package eu.csar.knowledge.domain;

/**
 * What moves a version of an article. SUPERSEDE is not a user's action: publishing a newer version
 * supersedes the one published before.
 */
public enum ArticleEvent {
    /** The author hands the draft (complete in English and Dutch) to a second member of staff. */
    SUBMIT,
    /** The reviewer sends the version back for more work. */
    RETURN,
    /** A reviewer who did not write the version publishes it (four eyes). */
    PUBLISH,
    /** A newer version was published. */
    SUPERSEDE,
    /** A reviewer takes the published version off the public pages. */
    WITHDRAW;

    /** The provisions the Centre's publications rest on, written into every history row. */
    public static final String LEGAL_BASIS = "Art 43(6), Art 50(4) COM(2022) 209 (pending legal review)";
}
