package io.postwarden.spf.dns;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps answers for a short time, so the live check of a form that re-lints on every
 * keystroke does not ask the resolver again each time. Failures are not kept.
 */
public final class CachingSpfDns implements SpfDns {

    private static final int MAX_ENTRIES = 10_000;

    private final SpfDns delegate;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public CachingSpfDns(SpfDns delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public List<String> txt(String name) {
        return cached("txt", name, delegate::txt);
    }

    @Override
    public List<InetAddress> addresses(String name) {
        return cached("addr", name, delegate::addresses);
    }

    @Override
    public List<String> mx(String name) {
        return cached("mx", name, delegate::mx);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cached(String type, String name, Function<String, List<T>> query) {
        String key = type + " " + name.toLowerCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.expires().isAfter(now)) {
            return (List<T>) entry.answer();
        }
        List<T> answer = List.copyOf(query.apply(name));
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(answer, now.plus(ttl)));
        return answer;
    }

    private record Entry(List<?> answer, Instant expires) {
    }
}
