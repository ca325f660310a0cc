package eu.csar.detection.distribution;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a snapshot or delta, as its JSON body:
 * <pre>{"set":"known-images","fromVersion":0,"toVersion":42,"page":0,"last":true,
 *  "adds":[{"id":"…","kind":"PDQ","value":"…","quality":90}],
 *  "removes":[{"id":"…","kind":"PDQ","value":"…"}]}</pre>
 * A snapshot has {@code fromVersion} 0 and no removals. Each indicator appears at most once in a
 * delta, with its last change in (fromVersion, toVersion].
 */
public record IndicatorPage(String set, long fromVersion, long toVersion, int page, boolean last,
                            List<Entry> adds, List<Entry> removes) {

    /** One indicator: its id at the Centre, kind (PDQ, MD5, SHA256, URL), value, and PDQ quality (else null). */
    public record Entry(String id, String kind, String value, Integer quality) {
    }

    public IndicatorPage {
        adds = List.copyOf(adds);
        removes = List.copyOf(removes);
    }

    public int count() {
        return adds.size() + removes.size();
    }

    /** The body bytes (UTF-8 JSON) that the manifest's digest covers. */
    public byte[] toBytes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Manifest.SET, set);
        m.put(Manifest.FROM, fromVersion);
        m.put(Manifest.TO, toVersion);
        m.put(Manifest.PAGE, page);
        m.put(Manifest.LAST, last);
        m.put("adds", entries(adds, true));
        m.put("removes", entries(removes, false));
        return JSONObjectUtils.toJSONString(m).getBytes(StandardCharsets.UTF_8);
    }

    /** The manifest of this page's body. */
    public Manifest manifest(byte[] body, java.time.Instant issuedAt) {
        return Manifest.of(set, fromVersion, toVersion, page, count(), last, body, issuedAt);
    }

    private static List<Object> entries(List<Entry> entries, boolean withQuality) {
        List<Object> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("kind", e.kind());
            m.put("value", e.value());
            if (withQuality && e.quality() != null) {
                m.put("quality", e.quality());
            }
            out.add(m);
        }
        return out;
    }

    /** Parses a body; {@link DistributionException} if it is not a page. */
    public static IndicatorPage parse(byte[] body) throws DistributionException {
        try {
            Map<String, Object> m = JSONObjectUtils.parse(new String(body, StandardCharsets.UTF_8));
            return new IndicatorPage(JSONObjectUtils.getString(m, Manifest.SET), JSONObjectUtils.getLong(m, Manifest.FROM),
                    JSONObjectUtils.getLong(m, Manifest.TO), JSONObjectUtils.getInt(m, Manifest.PAGE),
                    JSONObjectUtils.getBoolean(m, Manifest.LAST), parse(m, "adds"), parse(m, "removes"));
        } catch (ParseException | RuntimeException e) {
            throw new DistributionException("the page body is not an indicator page: " + e.getMessage(), e);
        }
    }

    private static List<Entry> parse(Map<String, Object> m, String key) throws ParseException {
        List<Object> list = JSONObjectUtils.getJSONArray(m, key);
        if (list == null) {
            throw new ParseException(key + " missing", 0);
        }
        List<Entry> out = new ArrayList<>(list.size());
        for (Object o : list) {
            @SuppressWarnings("unchecked")
            Map<String, Object> e = (Map<String, Object>) o;
            Object q = e.get("quality");
            out.add(new Entry(JSONObjectUtils.getString(e, "id"), JSONObjectUtils.getString(e, "kind"),
                    JSONObjectUtils.getString(e, "value"), q == null ? null : ((Number) q).intValue()));
        }
        return out;
    }
}
