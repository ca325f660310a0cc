package eu.csar.it.technologies;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Inbox;
import eu.csar.it.support.ResetsPlatformClock;
import eu.csar.it.support.Tokens.Provider;
import eu.csar.it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The technology register over REST on the real stack (Art 50): a centre admin creates an entry
 * (201, the same Idempotency-Key gives the same entry), asks the Technology Committee (a deadline of
 * the deadline service 8 weeks on, as the profile says), records the extension (6 weeks more, once;
 * a second is 409), the committee's opinion (deadline cancelled), consults the EDPB (a new 8-week
 * deadline), records its opinion and approves: rows in PostgreSQL, history rows, one audit entry per
 * write. Providers and Coordinating Authorities see only APPROVED entries, without internal notes
 * (a draft is 404 for them); a provider's or an auditor's write is 403, a police officer's read 403.
 * A new version names the approved entry it succeeds; approved, both versions are listed.
 * A detection order naming a draft or unknown technology is 400 naming {@code technologyReference};
 * naming the approved one is 201. An extension announced more than the profile's notice period (one
 * month) after the request is 409; an opinion not given in time marks the entry overdue when the
 * platform clock passes the due time, with a notice in the EU Centre's inbox linking the entry.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ResetsPlatformClock.class)
class TechnologyRegisterIT {

    static final String TECHNOLOGIES = "/api/v1/technologies";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Api.Response post(String path, String body, String token) {
        return post(path, body, token, UUID.randomUUID().toString());
    }

    static Api.Response post(String path, String body, String token, String key) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", key);
    }

    static String admin() {
        return Tokens.user("admin");
    }

    static String newReference() {
        return "TECH-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String createJson(String reference) {
        return Json.createObjectBuilder().add("reference", reference).add("name", "Synthetic matcher for a test")
                .add("version", "2.1").add("type", "KNOWN").add("supplier", "Example Lab (synthetic)")
                .add("description", "Matches synthetic hashes (integration test)").add("falsePositiveRate", 0.05)
                .add("falseNegativeRate", "1.25").add("errorRateMethod", "1 000 generated images, threshold 31 (synthetic)")
                .add("internalNotes", "INTERNAL-NOTE-" + reference).build().toString();
    }

    /** A DRAFT entry created by the admin; returns its JSON. */
    static JsonObject created(String reference) {
        Api.Response r = post(TECHNOLOGIES, createJson(reference), admin());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static JsonObject ok(Api.Response r, String state) {
        assertEquals(200, r.status(), r.toString());
        assertEquals(state, r.json().getString("state"), r.toString());
        return r.json();
    }

    static String opinion(String reference) {
        return Json.createObjectBuilder().add("opinionDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                .add("favourable", true).add("opinionReference", reference).build().toString();
    }

    /** The body of a new version {@code version} of the entry {@code predecessor} (same name and type). */
    static String successorJson(String reference, String predecessor, String version) {
        JsonObject first = Json.createReader(new java.io.StringReader(createJson(reference))).readObject();
        return Json.createObjectBuilder(first).add("version", version).add("predecessorReference", predecessor).build().toString();
    }

    /** An entry taken along the whole approval path to APPROVED; returns its id. */
    static String approved(String reference) {
        return approvedFrom(createJson(reference));
    }

    /** An entry created from {@code body} and taken along the whole approval path to APPROVED; returns its id. */
    static String approvedFrom(String body) {
        Api.Response r = post(TECHNOLOGIES, body, admin());
        assertEquals(201, r.status(), r.toString());
        String id = r.json().getString("id");
        String admin = admin();
        ok(post(TECHNOLOGIES + "/" + id + "/committee-request", "{}", admin), "SUBMITTED_TO_COMMITTEE");
        ok(post(TECHNOLOGIES + "/" + id + "/committee-opinion", opinion("TC-IT-1"), admin), "COMMITTEE_OPINION");
        ok(post(TECHNOLOGIES + "/" + id + "/edpb-consultation", "{}", admin), "EDPB_CONSULTED");
        ok(post(TECHNOLOGIES + "/" + id + "/edpb-opinion", opinion("EDPB-IT-1"), admin), "EDPB_OPINION");
        ok(post(TECHNOLOGIES + "/" + id + "/approval", "{}", admin), "APPROVED");
        return id;
    }

    static JsonObject violation(Api.Response r) {
        return r.json().getJsonArray("violations").getJsonObject(0);
    }

    @Test
    void anEntryGoesTheWholeApprovalPathWithTheProfilesDeadlinesHistoryRowsAndAnAuditEntryPerWrite() {
        long mark = Fixtures.auditMark();
        String admin = admin();
        String reference = newReference();
        String key = UUID.randomUUID().toString();
        Api.Response first = post(TECHNOLOGIES, createJson(reference), admin, key);
        assertEquals(201, first.status(), first.toString());
        String id = first.json().getString("id");
        assertEquals("DRAFT", first.json().getString("state"));
        assertTrue(first.json().getString("profile").startsWith("COM-2022-209 v"), first.toString());
        Api.Response again = post(TECHNOLOGIES, createJson(reference), admin, key);
        assertEquals(id, again.json().getString("id"), "the same Idempotency-Key gives the first entry");
        assertEquals(1, Db.count("select count(*) from technologies where reference = ? and state = 'DRAFT'"
                + " and false_positive_rate = 0.05 and false_negative_rate = 1.25 and created_by = 'admin'", reference));

        // the committee's opinion: due 8 weeks after the request, on the deadline service too
        JsonObject submitted = ok(post(TECHNOLOGIES + "/" + id + "/committee-request", "{\"reason\":\"complete file\"}", admin),
                "SUBMITTED_TO_COMMITTEE");
        Instant requested = Instant.parse(submitted.getString("opinionRequestedAt"));
        Instant due = Instant.parse(submitted.getString("opinionDueAt"));
        assertEquals(requested.plus(Duration.ofDays(56)), due, "technology.opinion-period P8W");
        assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid"
                + " and opinion_due_at = opinion_requested_at + interval '56 days'", id));
        assertEquals(1, Db.count("select count(*) from deadlines d join technologies t on d.subject_id = cast(t.id as varchar)"
                + " where t.id = ?::uuid and d.kind = 'technology.committee-opinion' and d.subject_type = 'Technology'"
                + " and d.state = 'SCHEDULED' and d.due_at = t.opinion_due_at", id));

        // extended once by 6 weeks, before the period ends; a second extension is a conflict
        JsonObject extended = ok(post(TECHNOLOGIES + "/" + id + "/extension", "{\"reason\":\"complex matter (synthetic)\"}", admin),
                "SUBMITTED_TO_COMMITTEE");
        assertEquals(requested.plus(Duration.ofDays(98)), Instant.parse(extended.getString("opinionDueAt")), "P8W + P6W");
        assertTrue(extended.getBoolean("opinionExtended"));
        assertEquals(1, Db.count("select count(*) from deadlines d join technologies t on d.subject_id = cast(t.id as varchar)"
                + " where t.id = ?::uuid and d.kind = 'technology.committee-opinion' and d.extensions = 1"
                + " and d.due_at = t.opinion_due_at and t.opinion_due_at = t.opinion_requested_at + interval '98 days'", id));
        Api.Response twice = post(TECHNOLOGIES + "/" + id + "/extension", "{\"reason\":\"again\"}", admin);
        assertEquals(409, twice.status(), twice.toString());

        // an opinion without its outcome names the field; then recorded, its deadline cancelled
        Api.Response noOutcome = post(TECHNOLOGIES + "/" + id + "/committee-opinion",
                "{\"opinionDate\":\"2026-01-10\",\"opinionReference\":\"TC-IT-7\"}", admin);
        assertEquals(400, noOutcome.status(), noOutcome.toString());
        assertEquals("favourable", violation(noOutcome).getString("field"));
        ok(post(TECHNOLOGIES + "/" + id + "/committee-opinion", opinion("TC-IT-7"), admin), "COMMITTEE_OPINION");
        assertEquals(1, Db.count("select count(*) from deadlines where kind = 'technology.committee-opinion' and subject_id = ?"
                + " and state = 'CANCELLED'", id));
        assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid and committee_favourable"
                + " and committee_reference = 'TC-IT-7' and opinion_due_at is null", id));

        // the EDPB: a deadline of its own, then the opinion and the approval
        JsonObject consulted = ok(post(TECHNOLOGIES + "/" + id + "/edpb-consultation", "{}", admin), "EDPB_CONSULTED");
        assertEquals(Instant.parse(consulted.getString("opinionRequestedAt")).plus(Duration.ofDays(56)),
                Instant.parse(consulted.getString("opinionDueAt")));
        assertEquals(1, Db.count("select count(*) from deadlines where kind = 'technology.edpb-opinion' and subject_id = ?"
                + " and state = 'SCHEDULED'", id));
        ok(post(TECHNOLOGIES + "/" + id + "/edpb-opinion", opinion("EDPB-IT-7"), admin), "EDPB_OPINION");
        assertEquals(1, Db.count("select count(*) from deadlines where kind = 'technology.edpb-opinion' and subject_id = ?"
                + " and state = 'CANCELLED'", id));
        JsonObject approved = ok(post(TECHNOLOGIES + "/" + id + "/approval", "{}", admin), "APPROVED");
        assertEquals(List.of("WITHDRAW"), approved.getJsonArray("possibleEvents").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        assertEquals(List.of("CREATE", "SUBMIT_TO_COMMITTEE", "EXTEND_OPINION_PERIOD", "RECORD_COMMITTEE_OPINION", "CONSULT_EDPB",
                        "RECORD_EDPB_OPINION", "APPROVE"),
                Db.rows("select event from technology_status_changes where technology_id = ?::uuid order by occurred_at, "
                        + "(from_state is not null)", id).stream().map(r -> r.get("event")).toList());
        for (String action : List.of("TECHNOLOGY_CREATED", "TECHNOLOGY_SUBMITTED_TO_COMMITTEE", "TECHNOLOGY_OPINION_PERIOD_EXTENDED",
                "TECHNOLOGY_COMMITTEE_OPINION_RECORDED", "TECHNOLOGY_EDPB_CONSULTED", "TECHNOLOGY_EDPB_OPINION_RECORDED",
                "TECHNOLOGY_APPROVED")) {
            assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = ? and object_id = ?"
                    + " and outcome = 'SUCCESS' and actor = 'admin'", mark, action, id), action);
        }
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'TECHNOLOGY_OPINION_PERIOD_EXTENDED'"
                + " and object_id = ? and outcome = 'REFUSED'", mark, id), "the second extension, refused");

        withdraw(id);
    }

    static void withdraw(String id) {
        Api.Response r = post(TECHNOLOGIES + "/" + id + "/withdrawal", "{\"reason\":\"test over (synthetic)\"}", admin());
        assertEquals(200, r.status(), r.toString());
    }

    @Test
    void providersAndAuthoritiesSeeOnlyApprovedEntriesWithoutInternalNotesAndOtherRolesAreRefused() {
        String approvedRef = newReference();
        String draftRef = newReference();
        String approvedId = approved(approvedRef);
        String draftId = created(draftRef).getString("id");
        String successorId = null;
        try {
            for (String token : List.of(Tokens.provider(Provider.ALPHA), Tokens.user("ca-nl"))) {
                Api.Response list = Api.get(TECHNOLOGIES, token);
                assertEquals(200, list.status(), list.toString());
                JsonArray items = list.jsonArray();
                List<String> references = items.stream().map(v -> v.asJsonObject().getString("reference")).toList();
                assertTrue(references.contains(approvedRef), list.toString());
                assertTrue(references.contains("TECH-PDQ-1"), "the demo's approved matcher");
                assertFalse(references.contains(draftRef), "a draft is not on the list");
                assertFalse(references.contains("TECH-GRM-1"), "the demo's draft is not on the list");
                assertFalse(list.body().contains("INTERNAL-NOTE-") || list.body().contains("internalNotes"), list.body());
                JsonObject mine = items.stream().map(JsonValue::asJsonObject).filter(o -> o.getString("reference").equals(approvedRef))
                        .findFirst().orElseThrow();
                assertEquals("2.1", mine.getString("version"));
                assertEquals(0, new java.math.BigDecimal("0.05").compareTo(mine.getJsonNumber("falsePositiveRate").bigDecimalValue()));
                assertEquals(0, new java.math.BigDecimal("1.25").compareTo(mine.getJsonNumber("falseNegativeRate").bigDecimalValue()));
                assertTrue(mine.getString("errorRateMethod").contains("1 000 generated images"));
                assertEquals(200, Api.get(TECHNOLOGIES + "/" + approvedId, token).status());
                assertEquals(404, Api.get(TECHNOLOGIES + "/" + draftId, token).status(), "a draft does not exist for them");
            }
            // the auditor reads the full register, internal notes included, but writes nothing
            String auditor = Tokens.user("auditor");
            Api.Response full = Api.get(TECHNOLOGIES + "/" + draftId, auditor);
            assertEquals(200, full.status(), full.toString());
            assertEquals("INTERNAL-NOTE-" + draftRef, full.json().getString("internalNotes"));
            assertEquals(403, post(TECHNOLOGIES + "/" + draftId + "/committee-request", "{}", auditor).status());
            assertEquals(403, post(TECHNOLOGIES, createJson(newReference()), Tokens.provider(Provider.ALPHA)).status());
            assertEquals(403, post(TECHNOLOGIES + "/" + draftId + "/withdrawal", "{\"reason\":\"no\"}", Tokens.user("ca-nl")).status());
            assertEquals(403, Api.get(TECHNOLOGIES, Tokens.user("police-fr")).status());
            assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid and state = 'DRAFT'", draftId));

            // a new version names the approved entry it succeeds (higher version, else 400 at the field);
            // approved, it leaves its predecessor approved until an admin withdraws it
            Api.Response lower = post(TECHNOLOGIES, successorJson(newReference(), approvedRef, "2.0"), admin());
            assertEquals(400, lower.status(), lower.toString());
            assertEquals("version", violation(lower).getString("field"));
            Api.Response ofDraft = post(TECHNOLOGIES, successorJson(newReference(), draftRef, "3.0"), admin());
            assertEquals("predecessorReference", violation(ofDraft).getString("field"), ofDraft.toString());
            assertEquals(403, post(TECHNOLOGIES, successorJson(newReference(), approvedRef, "3.0"), Tokens.provider(Provider.ALPHA)).status());
            String successorRef = newReference();
            successorId = approvedFrom(successorJson(successorRef, approvedRef, "2.2"));
            assertEquals(1, Db.count("select count(*) from technologies s join technologies p on s.predecessor_id = p.id"
                    + " where s.id = ?::uuid and p.id = ?::uuid and s.state = 'APPROVED' and p.state = 'APPROVED'", successorId, approvedId));
            JsonObject successor = Api.get(TECHNOLOGIES + "/" + successorId, admin()).json();
            assertEquals("2.1", successor.getJsonObject("predecessor").getString("version"), successor.toString());
            JsonObject predecessor = Api.get(TECHNOLOGIES + "/" + approvedId, auditor).json();
            assertEquals(List.of(successorRef + " 2.2 APPROVED"), predecessor.getJsonArray("successors").stream().map(JsonValue::asJsonObject)
                    .map(o -> o.getString("reference") + " " + o.getString("version") + " " + o.getString("state")).toList());
            List<String> listed = Api.get(TECHNOLOGIES, Tokens.user("ca-nl")).jsonArray().stream()
                    .map(v -> v.asJsonObject().getString("reference")).toList();
            assertTrue(listed.containsAll(List.of(approvedRef, successorRef)), "both versions on the approved list: " + listed);
        } finally {
            if (successorId != null) {
                withdraw(successorId);
            }
            withdraw(approvedId);
            withdraw(draftId);
        }
    }

    @Test
    void badInputIsA400NamingTheFieldAndAReferenceTakenIsAConflict() {
        String admin = admin();
        Api.Response noRate = post(TECHNOLOGIES, Json.createObjectBuilder().add("reference", newReference()).add("name", "n")
                .add("version", "1").add("type", "NEW").add("supplier", "s").add("description", "d").add("falsePositiveRate", 1)
                .add("errorRateMethod", "m").build().toString(), admin);
        assertEquals(400, noRate.status(), noRate.toString());
        assertEquals("falseNegativeRate", violation(noRate).getString("field"));
        Api.Response over = post(TECHNOLOGIES, createJson(newReference()).replace("0.05", "100.5"), admin);
        assertEquals(400, over.status(), over.toString());
        assertEquals("falsePositiveRate", violation(over).getString("field"), over.body());
        Api.Response badType = post(TECHNOLOGIES, createJson(newReference()).replace("\"KNOWN\"", "\"PHOTO\""), admin);
        assertEquals(400, badType.status(), badType.toString());
        assertEquals("type", violation(badType).getString("field"));
        Api.Response taken = post(TECHNOLOGIES, createJson("TECH-PDQ-1"), admin);
        assertEquals(409, taken.status(), taken.toString());
        assertTrue(taken.body().contains("reference"), taken.body());

        // a DRAFT's description and error rates are edited with PATCH: bad input 400 naming the field, another role 403,
        // an entry no longer a DRAFT 409; nothing stored on a refusal
        Api.Response draft = post(TECHNOLOGIES, createJson(newReference()), admin);
        assertEquals(201, draft.status(), draft.toString());
        String id = draft.json().getString("id");
        String path = TECHNOLOGIES + "/" + id;
        Api.Response badRate = patch(path, "{\"falsePositiveRate\": 100.5}", admin);
        assertEquals(400, badRate.status(), badRate.toString());
        assertEquals("application/problem+json", badRate.header("Content-Type").orElse("").split(";")[0]);
        Api.Response blank = patch(path, "{\"description\": \" \"}", admin);
        assertEquals(400, blank.status(), blank.toString());
        assertTrue(blank.body().contains("description"), blank.body());
        assertEquals(403, patch(path, "{\"description\": \"by the auditor\"}", Tokens.user("auditor")).status());
        assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid and false_positive_rate = 0.05"
                + " and description = 'Matches synthetic hashes (integration test)'", id), "nothing stored on a refusal");
        Api.Response edited = patch(path, "{\"description\": \"Matches synthetic hashes, corrected\", \"falseNegativeRate\": \"1.5\"}", admin);
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("Matches synthetic hashes, corrected", edited.json().getString("description"));
        assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid and false_negative_rate = 1.5 and false_positive_rate = 0.05"
                + " and description = 'Matches synthetic hashes, corrected'", id));
        assertEquals(1, Db.count("select count(*) from technology_status_changes where technology_id = ?::uuid and event = 'EDIT_DRAFT'"
                + " and actor = 'admin' and reason = 'changed: description, falseNegativeRate'", id));
        withdraw(id);
        Api.Response late = patch(path, "{\"description\": \"after the draft\"}", admin);
        assertEquals(409, late.status(), late.toString());
        assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid and state = 'WITHDRAWN'"
                + " and description = 'Matches synthetic hashes, corrected'", id));
    }

    static Api.Response patch(String path, String body, String token) {
        return Api.raw("PATCH", path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), token, "Content-Type", "application/json",
                "Accept", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void aDetectionOrderMustNameAnApprovedTechnology() {
        String ca = Tokens.user("ca-nl");
        String set = Db.value("select cast(id as varchar) from indicator_sets order by created_at limit 1").toString();
        for (String named : List.of("TECH-GRM-1", "TECH-NOWHERE-9 (synthetic)")) {
            long before = Db.count("select count(*) from detection_orders");
            Api.Response refused = post("/api/v1/detection-orders", orderJson(named, set), ca);
            assertEquals(400, refused.status(), refused.toString());
            assertEquals("technologyReference", violation(refused).getString("field"), refused.body());
            assertEquals(before, Db.count("select count(*) from detection_orders"), "nothing drafted");
        }
        String reference = newReference();
        String id = approved(reference);
        try {
            Api.Response drafted = post("/api/v1/detection-orders", orderJson(reference + " (synthetic note)", set), ca);
            assertEquals(201, drafted.status(), drafted.toString());
            assertEquals(1, Db.count("select count(*) from detection_orders where id = ?::uuid and technology_reference = ?",
                    drafted.json().getString("id"), reference + " (synthetic note)"));
        } finally {
            withdraw(id);
        }
        Api.Response afterWithdrawal = post("/api/v1/detection-orders", orderJson(reference, set), ca);
        assertEquals(400, afterWithdrawal.status(), "a withdrawn technology is off the list: " + afterWithdrawal);
        assertTrue(afterWithdrawal.body().contains("WITHDRAWN"), afterWithdrawal.body());
    }

    static String orderJson(String technology, String set) {
        return Json.createObjectBuilder().add("reference", "IT-TECH-" + UUID.randomUUID().toString().substring(0, 8))
                .add("providerId", Provider.ALPHA.providerId.toString()).add("service", "AlphaDrive file sharing (synthetic)")
                .add("type", "KNOWN_MATERIAL").add("indicatorSets", Json.createArrayBuilder().add(set)).add("duration", "P12M")
                .add("safeguards", "Human review of every hit (synthetic)").add("technologyReference", technology)
                .add("reasons", "Synthetic reasons for an integration test").build().toString();
    }

    /** A DURATION of the entry's pinned profile version over REST (e.g. {@code P1M}), or null where that version lacks it. */
    static String profilePeriod(JsonObject entry, String key) {
        String[] ref = entry.getString("profile").split(" v");
        Api.Response value = Api.get("/api/v1/legal-profiles/" + ref[0] + "/versions/" + ref[1] + "/values/" + key, admin());
        return value.status() == 200 ? value.json().getString("value") : null;
    }

    static Instant clockNow() {
        return Instant.parse(Api.get("/test-support/clock", admin()).json().getString("now"));
    }

    static Instant advanceClock(String by) {
        Api.Response moved = Api.postJson("/test-support/clock/advance", "{\"by\":\"" + by + "\"}", admin());
        assertEquals(200, moved.status(), moved.toString());
        return Instant.parse(moved.json().getString("now"));
    }

    @Test
    void anOpinionNotGivenInTimeMarksTheEntryOverdueAndTellsTheCentresInboxWhenThePlatformClockPassesItsDueTime()
            throws InterruptedException {
        JsonObject entry = created(newReference());
        String id = entry.getString("id");
        Inbox centre = Inbox.watch(admin());
        try {
            JsonObject submitted = ok(post(TECHNOLOGIES + "/" + id + "/committee-request", "{}", admin()), "SUBMITTED_TO_COMMITTEE");
            assertEquals(0, Db.count("select count(*) from technologies where id = ?::uuid and opinion_overdue", id));
            // Art 50(1): an extension is announced within one month of the request; a moment later it is refused
            String notice = profilePeriod(entry, "technology.opinion-extension-notice-period");
            if (notice != null) {
                long mark = Fixtures.auditMark();
                advanceClock(notice);
                Api.Response tooLate = post(TECHNOLOGIES + "/" + id + "/extension", "{\"reason\":\"announced late\"}", admin());
                assertEquals(409, tooLate.status(), tooLate.toString());
                assertTrue(tooLate.json().getString("detail").contains("within " + notice + " of the request"), tooLate.toString());
                assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid and not opinion_extended", id));
                assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'TECHNOLOGY_OPINION_PERIOD_EXTENDED'"
                        + " and object_id = ? and outcome = 'REFUSED'", mark, id), "the late announcement, refused");
            }
            // the profile's reminder before the due time, then the due time itself, each linking the entry's page
            Instant due = Instant.parse(submitted.getString("opinionDueAt"));
            String page = "/portal/technologies/technology.xhtml?id=" + id;
            String reminder = profilePeriod(entry, "technology.opinion-reminder");
            if (reminder != null) {
                Instant remindAt = due.atZone(ZoneOffset.UTC).minus(java.time.Period.parse(reminder)).toInstant();
                advanceClock(Duration.between(clockNow(), remindAt).plusMinutes(1).toString());
                JsonObject reminded = centre.awaitNew(UUID.fromString(id), "DEADLINE_REMINDER");
                assertEquals(page, reminded.getString("link"));
                assertEquals(0, Db.count("select count(*) from technologies where id = ?::uuid and opinion_overdue", id));
            }
            advanceClock(Duration.between(clockNow(), due).plusMinutes(1).toString());
            long deadline = System.currentTimeMillis() + 30_000;
            while (Db.count("select count(*) from technologies where id = ?::uuid and opinion_overdue", id) == 0
                    && System.currentTimeMillis() < deadline) {
                sleep();
            }
            assertEquals(1, Db.count("select count(*) from technologies where id = ?::uuid and opinion_overdue"
                    + " and state = 'SUBMITTED_TO_COMMITTEE'", id));
            assertEquals(1, Db.count("select count(*) from deadlines where kind = 'technology.committee-opinion' and subject_id = ?"
                    + " and state = 'FIRED'", id));
            // the sweep ran inside the clock control's request: the trail names who moved the clock
            assertEquals(1, Db.count("select count(*) from audit_entries where action = 'TECHNOLOGY_OPINION_OVERDUE' and object_id = ?"
                    + " and outcome = 'SUCCESS'", id));
            JsonObject listed = Api.get(TECHNOLOGIES + "?state=SUBMITTED_TO_COMMITTEE&size=100", admin()).json();
            assertTrue(listed.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .anyMatch(o -> o.getString("id").equals(id) && o.getBoolean("opinionOverdue")), listed.toString());
            JsonObject overdue = centre.awaitNew(UUID.fromString(id), "DEADLINE_PASSED");
            assertEquals("EU_CENTRE", overdue.getString("recipient"));
            assertTrue(overdue.getString("summary").contains("Overdue: the Technology Committee's opinion"), overdue.toString());
            assertEquals(page, overdue.getString("link"));
            // too late to extend now
            Api.Response late = post(TECHNOLOGIES + "/" + id + "/extension", "{\"reason\":\"late\"}", admin());
            assertEquals(409, late.status(), late.toString());
        } finally {
            try {
                ok(post(TECHNOLOGIES + "/" + id + "/committee-opinion", Json.createObjectBuilder().add("opinionDate",
                        LocalDate.now(ZoneOffset.UTC).toString()).add("favourable", false).add("opinionReference", "TC-LATE")
                        .build().toString(), admin()), "COMMITTEE_OPINION");
                ok(post(TECHNOLOGIES + "/" + id + "/rejection", "{\"reason\":\"not favourable (synthetic)\"}", admin()), "REJECTED");
            } finally {
                Api.postJson("/test-support/clock/reset", "{}", admin());
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
