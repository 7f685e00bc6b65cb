package nl.talentcharter.monitoring.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium driven over the DevTools protocol with the JDK's WebSocket client: one page, the
 * few commands the dashboard test needs. Every wait is bounded, and {@link #close()} ends the browser and every
 * process it started, so a failing test never leaves a browser behind or hangs.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern DEVTOOLS_URL = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Long, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final String session;
    /** What the page logged or threw, for the failure message of a condition that never came true. */
    private final java.util.Deque<String> console = new java.util.concurrent.ConcurrentLinkedDeque<>();

    private HeadlessChromium(Process process, Path profile, String devtoolsUrl) throws Exception {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(devtoolsUrl), new Replies())
                .get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String target = command(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asString();
        this.session = command(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId").asString();
        send("Page.enable", Map.of());
        send("Runtime.enable", Map.of());
    }

    /** Starts the browser; the caller closes it (in a finally or try-with-resources). */
    static HeadlessChromium start() throws Exception {
        Path profile = Files.createTempDirectory("monitoring-chromium");
        Process process = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            CompletableFuture<String> url = new CompletableFuture<>();
            Thread reader = new Thread(() -> readStderr(process, url), "chromium-stderr");
            reader.setDaemon(true);
            reader.start();
            return new HeadlessChromium(process, profile, url.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        } catch (Exception | Error e) {
            stop(process);
            deleteQuietly(profile);
            throw e;
        }
    }

    /** Finds the DevTools URL on stderr, then keeps draining it so the browser never blocks on a full pipe. */
    private static void readStderr(Process process, CompletableFuture<String> url) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null) {
                Matcher matcher = DEVTOOLS_URL.matcher(line);
                if (matcher.find()) {
                    url.complete(matcher.group(1));
                } else if (!url.isDone() && seen.length() < 4000) {
                    seen.append(line).append('\n');
                }
            }
            url.completeExceptionally(new IllegalStateException("chromium ended without a DevTools URL:\n" + seen));
        } catch (IOException e) {
            url.completeExceptionally(e);
        }
    }

    /** Runs a command on the page and returns its result. */
    JsonNode send(String method, Map<String, ?> params) {
        return command(session, method, params);
    }

    void navigate(String url) {
        JsonNode result = send("Page.navigate", Map.of("url", url));
        if (result.hasNonNull("errorText")) {
            throw new IllegalStateException("navigation to " + url + " failed: " + result.path("errorText").asString());
        }
    }

    /** Evaluates a JavaScript expression in the page and returns its value (JSON-compatible values only). */
    JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Evaluates {@code expression} until its value satisfies {@code condition}; fails after {@code timeout}. */
    JsonNode awaitValue(String expression, Predicate<JsonNode> condition, Duration timeout) throws InterruptedException {
        try {
            return org.awaitility.Awaitility.await().atMost(timeout).pollDelay(java.time.Duration.ZERO)
                    .pollInterval(java.time.Duration.ofMillis(100))
                    .until(() -> evaluate(expression), condition::test);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("page never satisfied the condition within " + timeout + "; `" + expression
                    + "` is " + evaluate(expression) + "; the page logged: " + console, e);
        }
    }

    void screenshot(Path file) throws IOException {
        String png = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
                .path("data").asString();
        Files.write(file, Base64.getDecoder().decode(png));
    }

    private JsonNode command(String sessionId, String method, Map<String, ?> params) {
        long id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode answer = reply.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IllegalStateException(method + " failed: " + answer.path("error"));
            }
            return answer.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } finally {
            replies.remove(id);
        }
    }

    /** Collects (possibly fragmented) messages and completes the command each answers; events are ignored. */
    private final class Replies implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode message = JSON.readTree(partial.toString());
                partial.setLength(0);
                String method = message.path("method").asString("");
                if (method.equals("Runtime.exceptionThrown") || method.equals("Runtime.consoleAPICalled")) {
                    console.add(message.path("params").toString());
                    while (console.size() > 20) {
                        console.poll();
                    }
                }
                if (message.has("id")) {
                    CompletableFuture<JsonNode> reply = replies.get(message.path("id").asLong());
                    if (reply != null) {
                        reply.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            replies.values().forEach(reply -> reply.completeExceptionally(error));
        }
    }

    @Override
    public void close() {
        try {
            socket.abort();
        } finally {
            stop(process);
            deleteQuietly(profile);
        }
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
