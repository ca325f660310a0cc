package eu.csar.web.platform.portal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SessionRotationFilterTest {

    @Test
    void theFirstSignedInRequestGetsANewSessionId() {
        FakeHttp http = new FakeHttp().withSession("before-login").signedInAs("admin");

        SessionRotationFilter.rotateOnceAfterLogin(http.request());

        assertNotEquals("before-login", http.sessionId);
        assertEquals(1, http.idChanges);
    }

    @Test
    void laterRequestsOfTheSameUserKeepTheirId() {
        FakeHttp http = new FakeHttp().withSession("before-login").signedInAs("admin");
        SessionRotationFilter.rotateOnceAfterLogin(http.request());
        String renewed = http.sessionId;

        SessionRotationFilter.rotateOnceAfterLogin(http.request());
        SessionRotationFilter.rotateOnceAfterLogin(http.request());

        assertEquals(renewed, http.sessionId);
        assertEquals(1, http.idChanges);
    }

    @Test
    void anotherUserInTheSameSessionGetsANewIdToo() {
        FakeHttp http = new FakeHttp().withSession("s").signedInAs("admin");
        SessionRotationFilter.rotateOnceAfterLogin(http.request());

        http.signedInAs("ca-nl");
        SessionRotationFilter.rotateOnceAfterLogin(http.request());

        assertEquals(2, http.idChanges);
        assertEquals("ca-nl", http.sessionAttributes.get(SessionRotationFilter.ROTATED_FOR));
    }

    @Test
    void nothingChangesBeforeTheLogin() {
        FakeHttp http = new FakeHttp().withSession("anonymous");

        SessionRotationFilter.rotateOnceAfterLogin(http.request());

        assertEquals("anonymous", http.sessionId);
        assertNull(http.sessionAttributes.get(SessionRotationFilter.ROTATED_FOR));
    }

    @Test
    void aSignedInCallWithoutSessionCreatesNone() {
        FakeHttp http = new FakeHttp().signedInAs("demo-provider-alpha");

        SessionRotationFilter.rotateOnceAfterLogin(http.request());

        assertNull(http.sessionId);
        assertEquals(0, http.idChanges);
    }
}
