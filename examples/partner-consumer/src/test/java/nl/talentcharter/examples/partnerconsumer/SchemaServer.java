package nl.talentcharter.examples.partnerconsumer;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the contracts' schema files at {@code /schemas/<service>/<file>}, as the partner gateway does, and
 * counts the requests per path so a test can see what a consumer fetched.
 */
final class SchemaServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    SchemaServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/schemas/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(path.substring(1))) {
                byte[] body = in == null ? new byte[0] : in.readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/schema+json");
                exchange.sendResponseHeaders(in == null ? 404 : 200, in == null ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/schemas/";
    }

    /** Requests per path so far. */
    Map<String, Integer> requests() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        requests.forEach((path, count) -> counts.put(path, count.get()));
        return counts;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
