package nl.talentcharter.partnergateway.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner's webhook endpoint, real HTTP on a random port: records every request it gets and what it answered.
 * It can be told to fail (503) or be shut down altogether (connection refused) and come back on the same port.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String ceId, String ceType, String ceSource, String ceSubject, String ceSequence,
                    String signature, byte[] body, int answered) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(204);
    private volatile java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(0);
    private final AtomicInteger held = new AtomicInteger();
    private final int port;
    private HttpServer server;

    WebhookReceiver() {
        server = start(0);
        port = server.getAddress().getPort();
    }

    private HttpServer start(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            created.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                java.util.concurrent.CountDownLatch gate = hold;
                if (gate.getCount() > 0) {
                    held.incrementAndGet();
                    try {
                        // a slow endpoint: answers only once the test releases it (or gives up after a minute)
                        gate.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                int status = answer.get();
                var headers = exchange.getRequestHeaders();
                received.add(new Received(headers.getFirst("ce-id"), headers.getFirst("ce-type"),
                        headers.getFirst("ce-source"), headers.getFirst("ce-subject"), headers.getFirst("ce-sequence"),
                        headers.getFirst("Talentcharter-Signature"), body, status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            // hanging requests must not keep others waiting
            created.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    /** From now on requests hang until {@link #release()}. */
    void hold() {
        hold = new java.util.concurrent.CountDownLatch(1);
    }

    void release() {
        hold.countDown();
    }

    int heldRequests() {
        return held.get();
    }

    void answer(int status) {
        answer.set(status);
    }

    /** Nobody listens any more: connection refused. */
    void shutDown() {
        server.stop(0);
    }

    /** Listens again, on the same port. */
    void comeBack() {
        server = start(port);
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    /** The requests it accepted (answered 2xx), in arrival order. */
    List<Received> accepted() {
        return received.stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    long refused() {
        return received.stream().filter(r -> r.answered() / 100 != 2).count();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
