package eu.csar.it.registry;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures.NewProvider;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry as the EU Centre's admins keep it over REST: registering, amending (optimistic: a
 * stale version or another provider's name is refused and changes nothing), and the status workflow
 * (a move it does not allow is refused with 409, recorded as refused, and leaves no history row).
 * Every test registers the providers it works on.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderAdministrationRestIT {

    static final String PROVIDERS = "/api/v1/providers";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Map<String, Object> row(UUID id) {
        return Db.rows("select * from providers where id = ?", id).get(0);
    }

    static List<Map<String, Object>> history(UUID id) {
        return Db.rows("select from_status, event, to_status, actor, reason from provider_status_changes "
                + "where provider_id = ? order by occurred_at", id);
    }

    /** The whole entry as {@code registration} describes it, with a new name and contact e-mail, based on {@code version}. */
    static String amendment(Fixtures.ProviderBuilder registration, long version, String legalName, String email) {
        return registration.contactEmail(email).json().add("legalName", legalName).add("version", version).build().toString();
    }

    @Test
    void anAdminRegistersAProviderWhichStartsItsHistoryAndIsAudited() {
        long mark = Fixtures.auditMark();
        String name = Fixtures.unique("Registered Oy");
        Api.Response r = Api.postJson(PROVIDERS, Fixtures.provider("x").json().add("legalName", name).build().toString(),
                Tokens.user("admin"));

        assertEquals(201, r.status(), r.toString());
        JsonObject entry = r.json();
        UUID id = UUID.fromString(entry.getString("id"));
        assertEquals(Api.BASE_URL + PROVIDERS + "/" + id, r.header("Location").orElseThrow());
        assertEquals("ACTIVE", entry.getString("status"));
        assertEquals(List.of("SUSPEND"), entry.getJsonArray("possibleEvents").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(name, row(id).get("legal_name"));
        assertEquals(List.of(Map.of("event", "REGISTER", "to_status", "ACTIVE", "actor", "admin")),
                history(id).stream().map(h -> Map.of("event", h.get("event"), "to_status", h.get("to_status"), "actor", h.get("actor"))).toList());
        assertNull(history(id).get(0).get("from_status"));
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'PROVIDER_REGISTERED' "
                + "and object_id = ? and actor = 'admin' and outcome = 'SUCCESS'", mark, id.toString()));
    }

    @Test
    void aSecondProviderWithTheSameLegalNameInAnyCaseIsRefusedAndNothingIsAdded() {
        NewProvider first = Fixtures.provider("Twin AB").register();
        long before = Db.count("select count(*) from providers");
        Api.Response r = Api.postJson(PROVIDERS, Fixtures.provider("x").json()
                .add("legalName", first.legalName().toUpperCase()).build().toString(), Tokens.user("admin"));

        assertEquals(409, r.status(), r.toString());
        assertEquals("urn:eu:csar:problem:conflict", r.json().getString("type"));
        assertEquals("legalName", r.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(before, Db.count("select count(*) from providers"));
    }

    @Test
    void anAmendmentBasedOnTheCurrentVersionIsStoredAndTheNextOneMustBuildOnIt() {
        Fixtures.ProviderBuilder registration = Fixtures.provider("Amended GmbH").establishedIn("DE");
        NewProvider p = registration.register();
        String renamed = Fixtures.unique("Renamed GmbH");

        Api.Response first = Api.putJson(PROVIDERS + "/" + p.id(), amendment(registration, p.version(), renamed, "new@amended.example"),
                Tokens.user("admin"));
        assertEquals(200, first.status(), first.toString());
        assertEquals(renamed, row(p.id()).get("legal_name"));
        assertEquals(p.version() + 1, first.json().getJsonNumber("version").longValue());

        // A second admin still holding the old version must not overwrite the first one's change.
        Map<String, Object> afterFirst = row(p.id());
        Api.Response stale = Api.putJson(PROVIDERS + "/" + p.id(),
                amendment(registration, p.version(), Fixtures.unique("Overwritten GmbH"), "stale@amended.example"), Tokens.user("admin"));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("urn:eu:csar:problem:stale-version", stale.json().getString("type"));
        assertEquals(afterFirst, row(p.id()), "the stale amendment changed nothing");
    }

    @Test
    void anAmendmentToAnotherProvidersNameIsRefusedAndChangesNothing() {
        NewProvider taken = Fixtures.provider("Taken SA").register();
        Fixtures.ProviderBuilder registration = Fixtures.provider("Other SA");
        NewProvider p = registration.register();
        Map<String, Object> before = row(p.id());

        Api.Response r = Api.putJson(PROVIDERS + "/" + p.id(), amendment(registration, p.version(), taken.legalName(), "x@other.example"),
                Tokens.user("admin"));

        assertEquals(409, r.status(), r.toString());
        assertEquals("urn:eu:csar:problem:conflict", r.json().getString("type"));
        assertEquals(before, row(p.id()));
    }

    @Test
    void anAmendmentWithoutVersionOrWithInvalidFieldsIsA400AndChangesNothing() {
        NewProvider p = Fixtures.provider("Careful BV").register();
        Map<String, Object> before = row(p.id());
        Api.Response noVersion = Api.putJson(PROVIDERS + "/" + p.id(),
                Fixtures.provider("x").json().add("legalName", p.legalName()).build().toString(), Tokens.user("admin"));
        assertEquals(400, noVersion.status(), noVersion.toString());
        assertEquals("version", noVersion.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        Api.Response invalid = Api.putJson(PROVIDERS + "/" + p.id(), Fixtures.provider("x").json()
                .add("legalName", p.legalName()).add("version", p.version())
                .add("serviceTypes", Json.createArrayBuilder().add("CAR_WASH")).build().toString(), Tokens.user("admin"));
        assertEquals(400, invalid.status(), invalid.toString());
        assertEquals("serviceTypes[0]", invalid.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(before, row(p.id()));
    }

    @Test
    void anAmendedContactPointIsToldToTheCompetentAuthorityAndANameChangeIsNot() throws Exception {
        Fixtures.ProviderBuilder registration = Fixtures.provider("Told Kft").establishedIn("DE");
        NewProvider p = registration.register();
        Inbox deInbox = Inbox.watch(Tokens.user("ca-de"));
        Inbox nlInbox = Inbox.watch(Tokens.user("ca-nl"));

        Api.Response rename = Api.putJson(PROVIDERS + "/" + p.id(), amendment(registration, p.version(), Fixtures.unique("Told Kft"),
                (String) row(p.id()).get("contact_email")), Tokens.user("admin"));
        assertEquals(200, rename.status(), rename.toString());
        Api.Response newContact = Api.putJson(PROVIDERS + "/" + p.id(),
                amendment(registration, p.version() + 1, rename.json().getString("legalName"), "changed@told.example"), Tokens.user("admin"));
        assertEquals(200, newContact.status(), newContact.toString());

        JsonObject told = deInbox.awaitNew(p.id(), "PROVIDER_CHANGED");
        assertEquals(List.of("CONTACT_POINT"), Inbox.codes(told, "changes"), told.toString());
        Thread.sleep(1000);
        List<JsonObject> items = deInbox.newItemsAbout(p.id());
        assertEquals(1, items.size(), "one notification, for the contact change only: " + items);
        assertEquals(List.of(), nlInbox.newItemsAbout(p.id()), "NL has no jurisdiction");
    }

    @Test
    void anAmendedLegalRepresentativeIsToldToTheAuthorityOfItsMemberState() throws Exception {
        NewProvider p = Fixtures.provider("Represented Inc").representedIn("IE").register();
        String body = Fixtures.provider("x").representedIn("IE").json().add("legalName", p.legalName()).add("version", p.version())
                .add("legalRepresentative", Json.createObjectBuilder().add("name", "New Rep Ltd").add("address", "2 Quay, Cork")
                        .add("email", "rep@new-rep.example").add("phone", "+353 21 555 0100").add("memberState", "IE"))
                .build().toString();
        Inbox ieInbox = Inbox.watch(Tokens.user("ca-ie"));
        Api.Response r = Api.putJson(PROVIDERS + "/" + p.id(), body, Tokens.user("admin"));
        assertEquals(200, r.status(), r.toString());
        JsonObject told = ieInbox.awaitNew(p.id(), "PROVIDER_CHANGED");
        // The body is a fresh fixture profile, whose contact e-mail differs too: both changes are told, in one notification.
        assertEquals(List.of("CONTACT_POINT", "LEGAL_REPRESENTATIVE"), Inbox.codes(told, "changes"), told.toString());
    }

    @Test
    void theStatusWorkflowAllowsOnlyItsMovesAndRecordsEachOne() {
        NewProvider p = Fixtures.provider("Lifecycle Srl").register();
        long mark = Fixtures.auditMark();
        String status = PROVIDERS + "/" + p.id() + "/status-changes";
        String admin = Tokens.user("admin");

        Api.Response noReason = Api.postJson(status, "{\"event\":\"SUSPEND\",\"reason\":\" \"}", admin);
        assertEquals(400, noReason.status(), noReason.toString());
        assertEquals("reason", noReason.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals("ACTIVE", row(p.id()).get("status"));

        Api.Response reinstateActive = Api.postJson(status, "{\"event\":\"REINSTATE\"}", admin);
        assertEquals(409, reinstateActive.status(), reinstateActive.toString());
        assertEquals("urn:eu:csar:problem:conflict", reinstateActive.json().getString("type"));
        assertTrue(reinstateActive.json().getString("detail").contains("ACTIVE"), reinstateActive.toString());

        JsonObject suspended = Fixtures.suspend(p.id(), "No answer from the contact point (test)");
        assertEquals("SUSPENDED", suspended.getString("status"));
        assertEquals("No answer from the contact point (test)", suspended.getString("statusReason"));
        assertEquals(List.of("REINSTATE"), suspended.getJsonArray("possibleEvents").getValuesAs(jakarta.json.JsonString::getString));

        Api.Response suspendAgain = Api.postJson(status, "{\"event\":\"SUSPEND\",\"reason\":\"again\"}", admin);
        assertEquals(409, suspendAgain.status(), suspendAgain.toString());
        assertEquals("No answer from the contact point (test)", row(p.id()).get("status_reason"), "the refused move changed nothing");

        assertEquals("ACTIVE", Fixtures.reinstate(p.id()).getString("status"));

        assertEquals(List.of("REGISTER", "SUSPEND", "REINSTATE"), history(p.id()).stream().map(h -> h.get("event")).toList(),
                "one history row per move that happened, none for the refused ones");
        assertEquals("No answer from the contact point (test)", history(p.id()).get(1).get("reason"));
        assertEquals(List.of("PROVIDER_SUSPENDED:REFUSED", "PROVIDER_REINSTATED:REFUSED", "PROVIDER_SUSPENDED:SUCCESS",
                        "PROVIDER_SUSPENDED:REFUSED", "PROVIDER_REINSTATED:SUCCESS"),
                Db.rows("select action || ':' || outcome as a from audit_entries where seq > ? and object_id = ? order by seq",
                        mark, p.id().toString()).stream().map(x -> x.get("a")).toList());
    }

    @Test
    void registerIsNotAStatusMoveAndMissingOrUnknownEventsAreNamed() {
        NewProvider p = Fixtures.provider("Events Oy").register();
        Api.Response register = Api.postJson(PROVIDERS + "/" + p.id() + "/status-changes", "{\"event\":\"REGISTER\"}", Tokens.user("admin"));
        assertEquals(409, register.status(), register.toString());
        assertEquals(1, history(p.id()).size(), "no history row for a refused move");
        Api.Response missing = Api.postJson(PROVIDERS + "/" + p.id() + "/status-changes", "{}", Tokens.user("admin"));
        assertEquals(400, missing.status(), missing.toString());
        assertEquals("event", missing.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Response unknown = Api.postJson(PROVIDERS + "/" + p.id() + "/status-changes", "{\"event\":\"DELETE\"}", Tokens.user("admin"));
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals("event", unknown.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void onlyCentreAdminsKeepTheRegistry() {
        NewProvider p = Fixtures.provider("Guarded AS").register();
        long providers = Db.count("select count(*) from providers");
        for (String user : List.of("reviewer", "auditor", "ca-nl", "judge-nl")) {
            Api.Response create = Api.postJson(PROVIDERS, "{}", Tokens.user(user));
            assertEquals(403, create.status(), user + ": " + create);
            Api.Response suspend = Api.postJson(PROVIDERS + "/" + p.id() + "/status-changes",
                    "{\"event\":\"SUSPEND\",\"reason\":\"x\"}", Tokens.user(user));
            assertEquals(403, suspend.status(), user + ": " + suspend);
        }
        assertEquals(providers, Db.count("select count(*) from providers"));
        assertEquals("ACTIVE", row(p.id()).get("status"));
    }
}
