package nl.talentcharter.examples.partnerconsumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shell blocks of docs/partners.md marked {@code <!-- tested: NAME ... -->}: tests run them as written,
 * in a directory holding the {@code partner.kcat.conf} the page tells a partner to write, so the page cannot
 * drift from what works.
 */
final class DocumentedCommands {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String page;

    private DocumentedCommands(String page) {
        this.page = page;
    }

    static DocumentedCommands partnersPage() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docs/partners.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no docs/partners.md above " + Path.of("").toAbsolutePath());
        }
        return new DocumentedCommands(Files.readString(dir.resolve("docs/partners.md")));
    }

    /** The fenced bash block right after the marker {@code <!-- tested: name}. */
    String block(String name) {
        Matcher m = Pattern.compile("<!-- tested: " + Pattern.quote(name) + "\\b[^>]*-->\\s*```bash\\n(.*?)```",
                Pattern.DOTALL).matcher(page);
        if (!m.find()) {
            throw new AssertionError("docs/partners.md has no bash block marked '<!-- tested: " + name + "'");
        }
        return m.group(1);
    }

    /** Runs block {@code name} in {@code workDir} with {@code kcatConf} as partner.kcat.conf; its standard output. */
    String run(String name, Path workDir, List<String> kcatConf) throws IOException, InterruptedException {
        Files.write(workDir.resolve("partner.kcat.conf"), kcatConf);
        Path err = workDir.resolve(name + ".err");
        Process shell = new ProcessBuilder("bash", "-euo", "pipefail", "-c", block(name))
                .directory(workDir.toFile()).redirectError(err.toFile()).start();
        byte[] out = shell.getInputStream().readAllBytes();
        if (!shell.waitFor(60, TimeUnit.SECONDS)) {
            shell.destroyForcibly();
            throw new AssertionError("the '" + name + "' command did not finish within 60 s");
        }
        assertThat(shell.exitValue()).as("exit of '%s'; stderr: %s", name, Files.readString(err)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    static boolean kcatInstalled() {
        return kcatVersion() != null;
    }

    /** What {@code kcat -V} says, or null without a working kcat. */
    static String kcatVersion() {
        try {
            Process version = new ProcessBuilder("kcat", "-V").redirectErrorStream(true).start();
            String out = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** kcat -J prints one JSON object per record. */
    static List<JsonNode> jsonLines(String out) {
        return out.lines().filter(line -> line.startsWith("{")).map(JSON::readTree).toList();
    }

    /** The {@code headers} of a kcat -J record: names and values alternate. */
    static Map<String, String> headers(JsonNode record) {
        Map<String, String> headers = new HashMap<>();
        JsonNode list = record.path("headers");
        for (int i = 0; i + 1 < list.size(); i += 2) {
            headers.put(list.get(i).asString(), list.get(i + 1).asString());
        }
        return headers;
    }
}
