package eu.csar.it.hardening;

import eu.csar.it.support.Api;
import eu.csar.it.support.Db;
import eu.csar.it.support.Deployments;
import eu.csar.it.support.Fixtures;
import eu.csar.it.support.ServerLog;
import eu.csar.it.support.Tokens;
import eu.csar.it.support.Tokens.Provider;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 30 partners write the same few registry entries at once, 20 times each: centre admins amend whole
 * entries with the version they read (a lost update is a 409 stale-version, never a 500), providers
 * replace their own point of contact (a change that commutes: retried inside the server, so it
 * succeeds). Nothing answers 5xx, every accepted contact change reaches the competent authority's
 * inbox exactly once, the audit trail's times follow its sequence, and the log has no stack trace.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentWritesIT {

    static final int THREADS = 30;
    static final int UPDATES = 20;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** One admin writer's entry: its registration (to build amendments from) and id. */
    record Entry(Fixtures.ProviderBuilder registration, UUID id) {
    }

    @Test
    void parallelWritersOfTheSameEntriesGetOnly200Or409AndNoNotificationIsLost() throws Exception {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Fixtures.ProviderBuilder registration = Fixtures.provider("Contended BV").establishedIn("NL");
            entries.add(new Entry(registration, registration.register().id()));
        }
        String admin = Tokens.user("admin");
        Map<Provider, String> providerTokens = Map.of(Provider.ALPHA, Tokens.provider(Provider.ALPHA),
                Provider.BETA, Tokens.provider(Provider.BETA));
        // Notifications of earlier tests still in the outbox would arrive during this run and be counted:
        // wait until the relay has sent them, and count from the platform's own clock (tests move it).
        awaitOutboxSent();
        Instant start = platformNow().minusSeconds(1);
        long auditMark = Fixtures.auditMark();
        ServerLog.Mark log = ServerLog.mark();

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<UUID, AtomicInteger> contactChanges = new ConcurrentHashMap<>();
        AtomicInteger selfServiceRefused = new AtomicInteger();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int u = 0; u < UPDATES; u++) {
                    String email = "c" + thread + "-" + u + "-" + UUID.randomUUID().toString().substring(0, 6) + "@contended.example";
                    Api.Response r;
                    UUID subject;
                    if (thread % 2 == 0) {
                        Entry entry = entries.get((thread / 2) % entries.size());
                        subject = entry.id();
                        Api.Response read = Api.get("/api/v1/providers/" + entry.id(), admin);
                        if (read.status() != 200) {
                            unexpected.add("read " + read);
                            continue;
                        }
                        long version = read.json().getJsonNumber("version").longValue();
                        String body = entry.registration().json().add("version", version)
                                .add("contactPoint", Json.createObjectBuilder().add("email", email).add("phone", "+31 20 555 0199")
                                        .add("languages", Json.createArrayBuilder().add("en")))
                                .build().toString();
                        r = Api.putJson("/api/v1/providers/" + entry.id(), body, admin);
                    } else {
                        Provider provider = thread % 4 == 1 ? Provider.ALPHA : Provider.BETA;
                        subject = provider.providerId;
                        r = Api.putJson("/api/v1/providers/me/contact-point", "{\"email\":\"" + email
                                + "\",\"phone\":\"+31 20 555 0101\",\"languages\":[\"en\"]}", providerTokens.get(provider));
                    }
                    statuses.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                    if (thread % 2 == 1 && r.status() != 200) {
                        selfServiceRefused.incrementAndGet();
                    }
                    if (r.status() == 200) {
                        contactChanges.computeIfAbsent(subject, s -> new AtomicInteger()).incrementAndGet();
                    } else if (r.status() != 409) {
                        unexpected.add(r.toString().substring(0, Math.min(300, r.toString().length())));
                    } else if (!r.header("Content-Type").orElse("").startsWith("application/problem+json")) {
                        unexpected.add("409 without problem JSON: " + r);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertTrue(unexpected.isEmpty(), "only 200 and 409 problems, got " + statuses + ": " + unexpected.subList(0, Math.min(5, unexpected.size())));
        assertTrue(statuses.getOrDefault(200, new AtomicInteger()).get() > 0, "some writes succeed: " + statuses);
        // a provider's own change commutes: it waits or is retried inside the server, and is not refused
        assertTrue(selfServiceRefused.get() <= THREADS * UPDATES / 2 / 100,
                "a provider's own contact change succeeds: " + selfServiceRefused.get() + " of " + THREADS * UPDATES / 2 + " refused");

        for (Map.Entry<UUID, AtomicInteger> accepted : contactChanges.entrySet()) {
            awaitNotifications(accepted.getKey(), start, accepted.getValue().get());
        }
        Thread.sleep(1000); // a second delivery of any of them would be in by now
        for (Map.Entry<UUID, AtomicInteger> accepted : contactChanges.entrySet()) {
            assertEquals(accepted.getValue().get(), notifications(accepted.getKey(), start),
                    "one notification per accepted contact change of " + accepted.getKey());
        }
        // writers append without a shared lock; the chainer seals their entries in order, with sealing times that never go back
        eu.csar.it.support.AuditSeals.awaitSealed(Db.count("select max(seq) from audit_entries"));
        assertEquals(0, Db.count("select count(*) from audit_entries where seq > ? and chain_seq is null", auditMark),
                "every entry of the run is sealed");
        assertEquals(0, Db.count("select count(*) from (select chain_seq, sealed_at, lag(sealed_at) over (order by chain_seq) prev "
                + "from audit_entries where seq > ?) t where sealed_at < prev", auditMark), "audit sealing times follow the chain order");
        log.assertNoStackTrace();
    }

    static void awaitOutboxSent() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (Db.count("select count(*) from outbox_messages where sent_at is null") > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(0, Db.count("select count(*) from outbox_messages where sent_at is null"), "the outbox drains");
        Thread.sleep(1500); // the consumer turns the last sent messages into notifications
    }

    static Instant platformNow() {
        Api.Response r = Api.get("/test-support/clock", Tokens.user("admin"));
        assertEquals(200, r.status(), r.toString());
        return Instant.parse(r.json().getString("now"));
    }

    /** Waits until every accepted change of the contact point is in the inbox of the authority (NL or DE here). */
    static void awaitNotifications(UUID provider, Instant since, long expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (notifications(provider, since) < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
    }

    static long notifications(UUID provider, Instant since) {
        return Db.count("select count(*) from notifications where subject_id = ? and kind = 'PROVIDER_CHANGED' "
                + "and changes like '%CONTACT_POINT%' and created_at >= ?", provider, Timestamp.from(since));
    }
}
