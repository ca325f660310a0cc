package eu.csar.web.knowledge.portal;

import eu.csar.knowledge.api.TargetGroup;
import eu.csar.shared.domain.MemberState;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public pages' choices that need no server: the language, the 304 rule, the filters, the escaping. */
class KnowledgePagesTest {

    static java.util.Enumeration<Locale> accepted(Locale... locales) {
        return Collections.enumeration(List.of(locales));
    }

    @Test
    void theLanguageIsLangThenTheFirstAcceptedEnglishOrDutchThenEnglish() {
        assertEquals("nl", KnowledgePages.language("NL", accepted(Locale.ENGLISH)).getLanguage());
        assertEquals("nl", KnowledgePages.language(null, accepted(Locale.GERMAN, Locale.forLanguageTag("nl-BE"), Locale.ENGLISH)).getLanguage());
        assertEquals("en", KnowledgePages.language("fr", accepted(Locale.FRENCH)).getLanguage());
        assertEquals("en", KnowledgePages.language(null, null).getLanguage());
    }

    @Test
    void onlyAMatchingEtagIsNotModified() {
        assertTrue(KnowledgePages.notModified("\"a\", \"b\"", "\"b\""));
        assertTrue(KnowledgePages.notModified("*", "\"b\""));
        assertFalse(KnowledgePages.notModified("\"a\"", "\"b\""));
        assertFalse(KnowledgePages.notModified(null, "\"b\""));
    }

    @Test
    void anUnknownFilterMeansAll() {
        assertEquals(MemberState.NL, KnowledgePages.memberState(" nl "));
        assertNull(KnowledgePages.memberState("XX"));
        assertEquals(TargetGroup.CONVICTED_OFFENDERS, KnowledgePages.group("CONVICTED_OFFENDERS"));
        assertNull(KnowledgePages.group("<script>"));
    }

    @Test
    void everyTextIsEscaped() {
        assertEquals("&lt;script&gt;&amp;&quot;&#39;", KnowledgeHtml.esc("<script>&\"'"));
        assertEquals("", KnowledgeHtml.esc(null));
    }
}
