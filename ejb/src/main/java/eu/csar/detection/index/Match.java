package eu.csar.detection.index;

/**
 * One indexed hash found within the query radius: the id it was added with and its Hamming
 * distance to the query. Ordered by distance, then id.
 */
public record Match(long id, int distance) implements Comparable<Match> {

    @Override
    public int compareTo(Match o) {
        int c = Integer.compare(distance, o.distance);
        return c != 0 ? c : Long.compare(id, o.id);
    }
}
