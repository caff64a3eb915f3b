package uk.lscb.cse.chat.slack;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Which response_url values the bot may call. A response_url arrives in the request body: calling
 * any URL it names would let a forged or replayed request make the service fetch arbitrary hosts.
 */
final class ResponseUrls {
    private record Allowed(String scheme, String host, int port) {
    }

    private final List<Allowed> allowed;

    ResponseUrls(List<String> entries) {
        this.allowed = entries.stream().map(String::strip).filter(e -> !e.isEmpty()).map(ResponseUrls::entry).toList();
    }

    boolean allowed(String url) {
        if (url == null) {
            return false;
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.startsWith("/commands/") && !path.startsWith("/actions/")) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
        return allowed.stream().anyMatch(a -> a.scheme().equals(scheme) && a.host().equalsIgnoreCase(uri.getHost())
                && a.port() == port);
    }

    private static Allowed entry(String entry) {
        if (!entry.contains("://")) {
            return new Allowed("https", entry.toLowerCase(Locale.ROOT), 443);
        }
        URI uri = URI.create(entry);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return new Allowed(scheme, uri.getHost(), uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort());
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("http") ? 80 : 443;
    }
}
