package eu.csar.it.transparency;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Transparency reports on the real stack (Art 83-84). Synthetic reports and removal orders of a year
 * nobody else uses are written with plain SQL (the database's triggers are the event path that keeps
 * the counters); the EU Centre's report then shows, for that year, exactly what an independent query
 * over the raw rows counts (received by type, forwarded to NL, manifestly unfounded by reason, items
 * seen before, removal-time median and p90 buckets, over-deadline removals, received by the location data's
 * Member State, victims' requests and their outcomes), with counts below the
 * threshold shown as "&lt; 10" in the JSON, CSV and PDF, never the value. Publication is audited and
 * final: PostgreSQL refuses an UPDATE of the published row; a correction is version 2, refused
 * without its note (400 naming {@code note}), showing the figure that changed. A provider and a police
 * officer reading the Centre's report get 403; a Coordinating Authority reading another Member
 * State's report, and a provider another provider's, get 404.
 */
@ExtendWith(ArquillianExtension.class)
class TransparencyReportIT {

    static final String BASE = "/api/v1/transparency/reports/";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static Api.Response post(String path, String body, String token) {
        return Api.post(path, body, token, "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString());
    }

    static String at(int year, String monthDayTime) {
        return "'" + year + "-" + monthDayTime + "Z'::timestamptz";
    }

    /**
     * {@code n} OPEN reports of ALPHA of {@code type} in {@code year} whose location data names {@code country}
     * (none when null); each has one SHA256 item (hash chosen by {@code hashSql}).
     */
    static void seedReports(int year, int n, String type, String hashSql, String tag, String country) {
        String location = country == null ? "null, null" : "'192.0.2.10', '" + country + "'";
        Db.execute("insert into reports (id, version, provider_id, state, report_type, provider_timestamp, reported_to_third_country, "
                        + "removed_or_disabled, urgent, legal_basis, profile_id, profile_version, opened_by, opened_at, state_changed_at, other_data, ip_address, "
                        + "location_country) select gen_random_uuid(), 0, '" + Provider.ALPHA.providerId + "', 'OPEN', '" + type + "', "
                        + at(year, "03-01T08:00:00") + ", false, false, false, 'Art 12', 'COM-2022-209', 1, 'transparency-it', " + at(year, "03-01T08:00:00")
                        + ", " + at(year, "03-01T08:00:00") + ", '" + tag + "', " + location + " from generate_series(1, " + n + ")",
                "insert into report_evidence (id, report_id, position, kind, hash_value, attached_at) select gen_random_uuid(), r.id, 1, "
                        + "'SHA256', " + hashSql + ", r.opened_at from reports r where r.other_data = '" + tag + "'",
                // the provider finishes them: one statement, the counters move in the same transaction
                "update reports set state = 'FINISHED', finished_at = opened_at + (random() * interval '20 days'), signature = 'sig', "
                        + "signature_algorithm = 'ES256', signed_document_sha256 = '" + "a".repeat(64) + "', state_changed_at = opened_at "
                        + "where other_data = '" + tag + "'");
    }

    /** The synthetic rows' tag: reports carry it in {@code other_data}, removal orders in their reference, victims'
     * cases in their contact reference. */
    private final String tag = "transparency-it-" + UUID.randomUUID();

    /**
     * Two Dutch victims' cases of {@code year}, each sending 8 hashes (7 accepted, 1 refused) as a
     * VICTIM_REQUEST submission. The first is verified line by line before the submission row, with one
     * line rejected (its link withdrawn as "rejected at verification"); the second the other way round,
     * all verified, then withdrawn by the survivor. Each case asks for removal help once (the notice).
     */
    void seedVictimRequests(int year) {
        String mine = "(select case_number from victim_cases where contact_reference = '" + tag + "')";
        String first = "(select min(case_number) from victim_cases where contact_reference = '" + tag + "')";
        String second = "(select max(case_number) from victim_cases where contact_reference = '" + tag + "')";
        Db.execute("insert into victim_cases (id, version, case_number, member_state, contact_reference, opened_by, opened_at) "
                        + "select gen_random_uuid(), 0, 'VC-NL-' || upper(substr(md5(random()::text), 1, 8)), 'NL', '" + tag
                        + "', 'ca-nl', " + at(year, "02-01T08:00:00") + " from generate_series(1, 2)",
                "insert into indicator_submissions (id, version, set_id, member_state, source, decision_reference, process, "
                        + "process_version, submitted_by, submitted_at, state) select gen_random_uuid(), 0, s.id, c.member_state, "
                        + "'VICTIM_REQUEST', c.case_number, 'victim-page', '1', 'victim case ' || c.case_number, c.opened_at + interval '1 day', "
                        + "'SUBMITTED' from victim_cases c, indicator_sets s where s.code = 'known-images' and c.contact_reference = '" + tag + "'",
                "insert into victim_case_submissions (case_id, submission_id, submitted_at) select c.id, s.id, s.submitted_at "
                        + "from victim_cases c join indicator_submissions s on s.decision_reference = c.case_number "
                        + "where c.contact_reference = '" + tag + "'",
                "insert into indicators (id, version, set_id, kind, value, state, created_at, state_changed_at) select gen_random_uuid(), 0, "
                        + "s.set_id, 'SHA256', encode(sha256((s.id::text || i)::bytea), 'hex'), 'SUBMITTED', s.submitted_at, s.submitted_at "
                        + "from indicator_submissions s cross join generate_series(1, 7) i where s.decision_reference in " + mine,
                "insert into indicator_submission_lines (submission_id, line_no, kind, value, outcome, indicator_id) select s.id, "
                        + "row_number() over (partition by s.id order by i.value), 'SHA256', i.value, 'ACCEPTED', i.id "
                        + "from indicator_submissions s join indicators i on i.value in (select encode(sha256((s.id::text || g)::bytea), 'hex') "
                        + "from generate_series(1, 7) g) where s.decision_reference in " + mine,
                "insert into indicator_submission_lines (submission_id, line_no, kind, value, outcome, reason) select s.id, 8, 'PDQ', "
                        + "repeat('0', 64), 'REFUSED', 'quality below 50' from indicator_submissions s where s.decision_reference in " + mine,
                "insert into indicator_provenance (id, indicator_id, submission_id, source, member_state, decision_reference, process, "
                        + "process_version, added_at) select gen_random_uuid(), l.indicator_id, l.submission_id, 'VICTIM_REQUEST', s.member_state, "
                        + "s.decision_reference, 'victim-page', '1', s.submitted_at from indicator_submission_lines l "
                        + "join indicator_submissions s on s.id = l.submission_id where l.indicator_id is not null and s.decision_reference in " + mine,
                "update indicator_submission_lines set verification = case when line_no = 1 then 'REJECTED' else 'VERIFIED' end "
                        + "where outcome <> 'REFUSED' and submission_id = (select id from indicator_submissions where decision_reference = "
                        + first + ")",
                "update indicator_provenance set withdrawn_at = " + at(year, "03-01T00:00:00") + ", withdrawn_reason = 'rejected at verification' "
                        + "where (submission_id, indicator_id) = (select l.submission_id, l.indicator_id from indicator_submission_lines l "
                        + "join indicator_submissions s on s.id = l.submission_id where s.decision_reference = " + first + " and l.line_no = 1)",
                "update indicator_submissions set state = 'PARTLY_VERIFIED', verified_by = 'reviewer', verified_at = "
                        + at(year, "03-01T00:00:00") + " where decision_reference in " + mine,
                "update indicator_submission_lines set verification = 'VERIFIED' where outcome <> 'REFUSED' and submission_id = "
                        + "(select id from indicator_submissions where decision_reference = " + second + ")",
                "update indicator_provenance set withdrawn_at = " + at(year, "04-01T00:00:00") + ", withdrawn_reason = 'withdrawn by the survivor' "
                        + "where submission_id = (select id from indicator_submissions where decision_reference = " + second + ")",
                "insert into notifications (id, recipient, kind, subject_type, subject_id, subject_label, created_at, source_message_id, "
                        + "changes, competent_before, competent_after) select gen_random_uuid(), c.member_state, 'VICTIM_REMOVAL_HELP_REQUESTED', "
                        + "'VictimCase', c.id, c.case_number, " + at(year, "04-02T00:00:00") + ", gen_random_uuid()::text, '', '', '' "
                        + "from victim_cases c where c.contact_reference = '" + tag + "'");
    }

    /**
     * Removes the synthetic reports and removal orders again: they lie in a year far ahead, so they would
     * head every list that shows the newest first (a judge's removal orders, say) for the classes after
     * this one. The counters of that year stay; nobody else reads that year.
     */
    @AfterEach
    void removeTheSyntheticRows() {
        Db.execute("delete from report_evidence where report_id in (select id from reports where other_data like '" + tag + "%')",
                "delete from reports where other_data like '" + tag + "%'",
                "delete from removal_orders where reference like '" + tag + "-%'");
        String submissions = "(select s.id from indicator_submissions s join victim_cases c on c.case_number = s.decision_reference "
                + "where c.contact_reference = '" + tag + "')";
        Db.execute("delete from notifications where kind = 'VICTIM_REMOVAL_HELP_REQUESTED' and subject_id in "
                        + "(select id from victim_cases where contact_reference = '" + tag + "')",
                "delete from indicator_provenance where submission_id in " + submissions,
                "create temporary table transparency_it_indicators on commit drop as select indicator_id from indicator_submission_lines "
                        + "where indicator_id is not null and submission_id in " + submissions,
                "delete from indicator_submission_lines where submission_id in " + submissions,
                "delete from indicators where id in (select indicator_id from transparency_it_indicators)",
                "delete from victim_case_submissions where submission_id in " + submissions,
                "delete from indicator_submissions where id in " + submissions,
                "delete from victim_cases where contact_reference = '" + tag + "'");
    }

    @Test
    void theCentreReportCountsWhatAnIndependentQueryCountsSuppressesSmallCountsAndPublishesImmutableVersions() throws Exception {
        int year = 2100 + ThreadLocalRandom.current().nextInt(800);
        String repeated = "encode(sha256('" + tag + "'::bytea), 'hex')";
        // 12 known-material reports (one hash shared by 4 of them) and 3 grooming reports
        // located: the 12 known ones in NL, the 3 grooming ones in a third country
        seedReports(year, 8, "KNOWN", "encode(sha256(r.id::text::bytea), 'hex')", tag + "-k", "NL");
        seedReports(year, 4, "KNOWN", repeated, tag + "-r", "NL");
        seedReports(year, 3, "GROOMING", "encode(sha256(r.id::text::bytea), 'hex')", tag + "-g", "US");
        String mine = "other_data like '" + tag + "%'";
        // the desk: 11 forwarded to NL (the 3 grooming and 8 known), 2 known manifestly unfounded as a detection false positive
        Db.execute("update reports set state = 'FORWARD_DECIDED', decision = 'FORWARD', decided_at = finished_at + interval '1 hour', "
                        + "jurisdiction_member_states = 'NL', jurisdiction_europol = false, decided_by = 'reviewer' where " + mine
                        + " and id in (select id from reports where " + mine + " order by report_type, id limit 11)",
                "update reports set state = 'MANIFESTLY_UNFOUNDED', decision = 'MANIFESTLY_UNFOUNDED', decided_by = 'reviewer', "
                        + "decided_at = finished_at + interval '2 hours', unfounded_reason = 'DETECTION_FALSE_POSITIVE' where " + mine
                        + " and decision is null and report_type = 'KNOWN' and id in (select id from reports where " + mine
                        + " and decision is null order by id limit 2)");
        // 11 removal orders to ALPHA issued by NL, executed 1..11 hours after receipt; the deadline is 5 hours
        Db.execute("insert into removal_orders (id, version, reference, issuing_member_state, issuing_authority, provider_id, provider_name, "
                        + "addressed_to, contact_email, reasons, profile_id, profile_version, state, issued_by, issued_at, received_at, "
                        + "execution_due_at, state_changed_at) select gen_random_uuid(), 0, '" + tag + "-' || i, 'NL', 'Synthetic court', '"
                        + Provider.ALPHA.providerId + "', 'Alpha', 'POINT_OF_CONTACT', 'poc@alpha.example', 'synthetic', 'COM-2022-209', 1, "
                        + "'RECEIVED', 'judge-nl', " + at(year, "05-01T00:00:00") + ", " + at(year, "05-01T00:00:00") + " + i * interval '1 minute', "
                        + at(year, "05-01T05:00:00") + " + i * interval '1 minute', " + at(year, "05-01T00:00:00") + " from generate_series(1, 11) i",
                "update removal_orders set state = 'EXECUTED', executed_at = received_at + (split_part(reference, '-', 8)::int) * "
                        + "interval '1 hour', measure_taken = 'REMOVED', state_changed_at = received_at + interval '1 hour' "
                        + "where reference like '" + tag + "-%'");

        seedVictimRequests(year);

        String admin = Tokens.user("admin");
        String centre = BASE + "centre/EU/" + year;
        long mark = Fixtures.auditMark();
        Api.Response draft = post(centre + "/draft", "{}", admin);
        assertEquals(200, draft.status(), draft.toString());
        JsonObject doc = draft.json();
        assertEquals(1, doc.getInt("version"));
        assertEquals("DRAFT", doc.getString("state"));
        int threshold = doc.getInt("suppressionThreshold");
        assertEquals(10, threshold, "the default threshold");
        assertFalse(doc.getJsonObject("profile").getString("id").isBlank());
        assertEquals((year + 1) + "-06-30", doc.getString("dueOn"), "the Centre's report is due on 30 June (legal profile)");

        String alpha = Provider.ALPHA.providerId.toString();
        String yearOf = "extract(year from %s at time zone 'UTC') = " + year;
        long known = Db.count("select count(*) from reports where provider_id = ?::uuid and report_type = 'KNOWN' and "
                + yearOf.formatted("finished_at"), alpha);
        long grooming = Db.count("select count(*) from reports where provider_id = ?::uuid and report_type = 'GROOMING' and "
                + yearOf.formatted("finished_at"), alpha);
        assertEquals(12, known);
        assertEquals(String.valueOf(known), figure(doc, "REPORTS_RECEIVED", "", alpha, "KNOWN", "").getString("shown"));
        assertEquals(known, figure(doc, "REPORTS_RECEIVED", "", alpha, "KNOWN", "").getJsonNumber("value").longValue());
        JsonObject small = figure(doc, "REPORTS_RECEIVED", "", alpha, "GROOMING", "");
        assertEquals("< " + threshold, small.getString("shown"), "3 grooming reports are below the threshold");
        assertTrue(small.isNull("value"), "a suppressed count never travels");
        assertTrue(grooming > 0 && grooming < threshold);

        // received by the Member State the location data names (a third country is NON_EU), against the raw rows
        String ms = "('AT','BE','BG','CY','CZ','DE','DK','EE','ES','FI','FR','GR','HR','HU','IE','IT','LT','LU','LV','MT','NL','PL','PT',"
                + "'RO','SE','SI','SK')";
        long nlKnown = Db.count("select count(*) from reports where location_country = 'NL' and report_type = 'KNOWN' and "
                + yearOf.formatted("finished_at"));
        long nonEu = Db.count("select count(*) from reports where location_country not in " + ms + " and report_type = 'GROOMING' and "
                + yearOf.formatted("finished_at"));
        assertEquals(12, nlKnown);
        assertEquals(3, nonEu);
        assertEquals(nlKnown, figure(doc, "REPORTS_RECEIVED_BY_MS", "NL", null, "KNOWN", "").getJsonNumber("value").longValue());
        assertEquals("< " + threshold, figure(doc, "REPORTS_RECEIVED_BY_MS", "NON_EU", null, "GROOMING", "").getString("shown"));
        assertEquals(nonEu, stored(doc.getString("id"), "REPORTS_RECEIVED_BY_MS", "NON_EU"));

        // victims' requests and their outcomes, per Member State of the case, against the raw rows
        String victimLines = "select count(*) from indicator_submission_lines l join indicator_submissions s on s.id = l.submission_id "
                + "where s.source = 'VICTIM_REQUEST' and s.member_state = 'NL' and ";
        long submitted = Db.count(victimLines + yearOf.formatted("s.submitted_at"));
        long refused = Db.count(victimLines + "l.outcome = 'REFUSED' and " + yearOf.formatted("s.submitted_at"));
        long verified = Db.count(victimLines + "l.verification = 'VERIFIED' and " + yearOf.formatted("s.verified_at"));
        long rejected = Db.count(victimLines + "l.verification = 'REJECTED' and " + yearOf.formatted("s.verified_at"));
        long withdrawn = Db.count("select count(*) from indicator_provenance where source = 'VICTIM_REQUEST' and member_state = 'NL' "
                + "and withdrawn_reason <> 'rejected at verification' and " + yearOf.formatted("withdrawn_at"));
        long help = Db.count("select count(*) from notifications where kind = 'VICTIM_REMOVAL_HELP_REQUESTED' and recipient = 'NL' and "
                + yearOf.formatted("created_at"));
        assertEquals(List.of(16L, 2L, 13L, 1L, 7L, 2L), List.of(submitted, refused, verified, rejected, withdrawn, help));
        assertEquals(submitted, figure(doc, "VICTIM_REQUESTS", "NL", null, "", "HASHES_SUBMITTED").getJsonNumber("value").longValue());
        assertEquals(verified, figure(doc, "VICTIM_REQUESTS", "NL", null, "", "HASHES_VERIFIED").getJsonNumber("value").longValue());
        for (String detail : List.of("HASHES_REFUSED", "HASHES_REJECTED", "HASHES_WITHDRAWN", "HELP_REQUESTED")) {
            assertEquals("< " + threshold, figure(doc, "VICTIM_REQUESTS", "NL", null, "", detail).getString("shown"), detail);
        }
        assertEquals(submitted + refused + verified + rejected + withdrawn + help, stored(doc.getString("id"), "VICTIM_REQUESTS", "NL"));

        long toNl = Db.count("select count(*) from reports where decision = 'FORWARD' and jurisdiction_member_states like '%NL%' and "
                + yearOf.formatted("decided_at"));
        assertEquals(11, toNl);
        String draftId = doc.getString("id");
        // the stored figures hold the counts; the document shows those below the threshold as "< 10"
        assertEquals(toNl, stored(draftId, "REPORTS_FORWARDED_TO", "NL"));
        assertEquals("< " + threshold, figure(doc, "REPORTS_FORWARDED_TO", "NL", alpha, "GROOMING", "").getString("shown"));
        long unfounded = Db.count("select count(*) from reports where unfounded_reason = 'DETECTION_FALSE_POSITIVE' and "
                + yearOf.formatted("decided_at"));
        assertEquals("< " + threshold, figure(doc, "REPORTS_UNFOUNDED", "", alpha, "KNOWN", "DETECTION_FALSE_POSITIVE").getString("shown"));
        assertEquals(2, unfounded);
        assertEquals(unfounded, stored(draftId, "REPORTS_UNFOUNDED", ""));
        // seen before: items whose hash an earlier finished report carried (independent window query)
        long seen = Db.count("select count(*) from (select r.finished_at, min(r.finished_at) over (partition by e.kind, e.hash_value) first "
                + "from report_evidence e join reports r on r.id = e.report_id where r.finished_at is not null) i where i.finished_at > i.first and "
                + yearOf.formatted("i.finished_at"));
        assertEquals("< " + threshold, figure(doc, "REPORT_ITEMS_SEEN_BEFORE", "", alpha, "KNOWN", "").getString("shown"));
        assertEquals(3, seen, "4 reports share one hash: 3 of them saw it before");
        assertEquals(seen, stored(draftId, "REPORT_ITEMS_SEEN_BEFORE", ""));

        // removal times: median and p90 from the histogram, against percentile_disc over the raw orders
        JsonObject removal = doc.getJsonArray("removalTimes").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("providerId").equals(alpha)).findFirst().orElseThrow();
        assertEquals("11", removal.getString("removals"));
        Object median = Db.value("select extract(epoch from percentile_disc(0.5) within group (order by executed_at - received_at)) / 60 "
                + "from removal_orders where provider_id = ?::uuid and " + yearOf.formatted("executed_at"), alpha);
        Object p90 = Db.value("select extract(epoch from percentile_disc(0.9) within group (order by executed_at - received_at)) / 60 "
                + "from removal_orders where provider_id = ?::uuid and " + yearOf.formatted("executed_at"), alpha);
        assertEquals(360, ((Number) median).longValue(), "6 hours");
        assertEquals(600, ((Number) p90).longValue(), "10 hours");
        assertEquals(360, removal.getInt("medianMinutesAtMost"), "the 6-hour bucket");
        assertEquals(720, removal.getInt("p90MinutesAtMost"), "the bucket holding 10 hours ends at 12 hours");
        long over = Db.count("select count(*) from removal_orders where provider_id = ?::uuid and executed_at > execution_due_at and "
                + yearOf.formatted("executed_at"), alpha);
        assertEquals(6, over);
        assertEquals(over, stored(draftId, "REMOVAL_OVER_DEADLINE", "NL"));
        assertEquals("< " + threshold, removal.getString("overDeadline"));

        // downloads: CSV and PDF with the same suppression
        String csv = new String(Api.getBytes(centre + "/csv", admin).body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("REPORTS_RECEIVED,," + alpha + ",GROOMING,,\"< " + threshold + "\""), csv);
        assertTrue(csv.contains("REPORTS_RECEIVED,," + alpha + ",KNOWN,,12"), csv);
        Api.Binary pdf = Api.getBytes(centre + "/pdf", admin);
        assertEquals(200, pdf.status());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        // publish version 1 (audited); PostgreSQL refuses to change it
        Api.Response published = post(centre + "/publication", "{}", admin);
        assertEquals(200, published.status(), published.toString());
        String v1 = published.json().getString("id");
        assertEquals("PUBLISHED", published.json().getString("state"));
        assertEquals(1, Db.count("select count(*) from audit_entries where seq > ? and action = 'TRANSPARENCY_REPORT_PUBLISHED' "
                + "and object_id = ?", mark, v1));
        assertThrows(IllegalStateException.class,
                () -> Db.execute("update transparency_reports set correction_note = 'tampered' where id = '" + v1 + "'"));
        assertThrows(IllegalStateException.class,
                () -> Db.execute("update transparency_report_figures set value = value + 1 where report_id = '" + v1 + "'"));
        assertEquals(1, Db.count("select count(*) from transparency_reports where id = ?::uuid and state = 'PUBLISHED' "
                + "and correction_note is null", v1));

        // a late report of that year: the correction is version 2, must say what changed, and shows the difference
        seedReports(year, 1, "KNOWN", "encode(sha256(r.id::text::bytea), 'hex')", tag + "-late", null);
        assertEquals(2, post(centre + "/draft", "{}", admin).json().getInt("version"));
        Api.Response noNote = post(centre + "/publication", "{}", admin);
        assertEquals(400, noNote.status(), noNote.toString());
        assertTrue(noNote.body().contains("note"), noNote.body());
        Api.Response corrected = post(centre + "/publication", "{\"note\":\"A report finished late in the year was missing\"}", admin);
        assertEquals(200, corrected.status(), corrected.toString());
        JsonObject v2 = corrected.json();
        assertEquals(2, v2.getInt("version"));
        assertEquals("A report finished late in the year was missing", v2.getString("correctionNote"));
        JsonObject change = v2.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("figure").equals("REPORTS_RECEIVED") && c.getString("category").equals("KNOWN")).findFirst()
                .orElseThrow();
        assertEquals("12", change.getString("before"));
        assertEquals("13", change.getString("after"));
        assertEquals(Db.count("select count(*) from reports where location_country is null and report_type = 'KNOWN' and "
                + yearOf.formatted("finished_at")), stored(v2.getString("id"), "REPORTS_RECEIVED_BY_MS", "UNKNOWN"),
                "the late report names no country");
        assertEquals(1, Api.get(centre + "?version=1", admin).json().getInt("version"));
        assertEquals(2, Api.get(centre, admin).json().getInt("version"), "the newest published version by default");

        // roles and tenants
        assertEquals(403, Api.get(centre, Tokens.provider(Provider.ALPHA)).status(), "a provider has no part in the Centre's report");
        assertEquals(403, Api.get(centre, Tokens.user("police-fr")).status());
        String ca = Tokens.user("ca-nl");
        Api.Response nl = post(BASE + "authority/NL/" + year + "/draft", "{}", ca);
        assertEquals(200, nl.status(), nl.toString());
        assertEquals(toNl, stored(nl.json().getString("id"), "REPORTS_FORWARDED_TO", "NL"),
                "the Dutch authority's report counts what was forwarded to NL");
        assertEquals(nlKnown, figure(nl.json(), "REPORTS_RECEIVED_BY_MS", "NL", null, "KNOWN", "").getJsonNumber("value").longValue(),
                "the Dutch authority's report counts the reports located in NL");
        assertEquals(verified, figure(nl.json(), "VICTIM_REQUESTS", "NL", null, "", "HASHES_VERIFIED").getJsonNumber("value").longValue());
        assertEquals(0, Db.count("select count(*) from transparency_report_figures where report_id = ?::uuid and member_state <> 'NL' "
                + "and figure in ('REPORTS_RECEIVED_BY_MS', 'VICTIM_REQUESTS')", nl.json().getString("id")));
        assertEquals((year + 1) + "-03-31", nl.json().getString("dueOn"));
        assertEquals(404, Api.get(BASE + "authority/DE/" + year, ca).status(), "another Member State's report does not exist for ca-nl");
        assertEquals(404, post(BASE + "authority/DE/" + year + "/draft", "{}", ca).status());
        Api.Response own = post(BASE + "provider/" + alpha + "/" + year + "/draft", "{}", Tokens.provider(Provider.ALPHA));
        assertEquals(200, own.status(), own.toString());
        assertEquals((year + 1) + "-01-31", own.json().getString("dueOn"));
        assertEquals(13, figure(own.json(), "REPORTS_RECEIVED", "", alpha, "KNOWN", "").getInt("value"));
        assertEquals(404, Api.get(BASE + "provider/" + alpha + "/" + year, Tokens.provider(Provider.BETA)).status(),
                "another provider's report does not exist for Beta");
    }

    static JsonObject figure(JsonObject doc, String figure, String memberState, String provider, String category, String detail) {
        return doc.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("figure").equals(figure) && f.getString("memberState").equals(memberState)
                        && (f.isNull("providerId") ? provider == null : f.getString("providerId").equals(provider))
                        && f.getString("category").equals(category) && f.getString("detail").equals(detail))
                .findFirst().orElseThrow(() -> new AssertionError(figure + " " + category + " " + detail + " missing in " + doc));
    }

    /** A figure's stored count (before suppression) in one report version, summed over its rows of that Member State. */
    static long stored(String reportId, String figure, String memberState) {
        return Db.count("select coalesce(sum(value), 0) from transparency_report_figures where report_id = ?::uuid and figure = ?"
                + " and member_state = ?", reportId, figure, memberState);
    }
}
