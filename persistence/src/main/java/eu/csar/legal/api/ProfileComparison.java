package eu.csar.legal.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two profile versions side by side, one row per key that either of them has (sorted by key): so a
 * legal officer sees at once where the Council text differs from the Commission proposal, or what
 * a new version changed. A row differs when only one side has the key, or the values differ; the
 * Articles and review statuses are shown, not compared.
 */
public record ProfileComparison(ProfileView left, ProfileView right, List<Row> rows) implements Serializable {

    /** One key: its value on each side (null where that side has no such key). */
    public record Row(String key, ProfileValue left, ProfileValue right) implements Serializable {

        public boolean differs() {
            return left == null || right == null || !left.sameValueAs(right);
        }

        public boolean onlyLeft() {
            return right == null;
        }

        public boolean onlyRight() {
            return left == null;
        }
    }

    public ProfileComparison {
        rows = List.copyOf(rows);
    }

    public static ProfileComparison of(ProfileView left, ProfileView right) {
        Map<String, ProfileValue> l = byKey(left);
        Map<String, ProfileValue> r = byKey(right);
        TreeMap<String, Row> rows = new TreeMap<>();
        l.keySet().forEach(k -> rows.put(k, new Row(k, l.get(k), r.get(k))));
        r.keySet().forEach(k -> rows.putIfAbsent(k, new Row(k, null, r.get(k))));
        return new ProfileComparison(left, right, List.copyOf(rows.values()));
    }

    public long differences() {
        return rows.stream().filter(Row::differs).count();
    }

    private static Map<String, ProfileValue> byKey(ProfileView view) {
        return view.values().stream().collect(Collectors.toMap(ProfileValue::key, Function.identity()));
    }
}
