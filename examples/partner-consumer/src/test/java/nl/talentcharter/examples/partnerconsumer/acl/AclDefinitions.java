package nl.talentcharter.examples.partnerconsumer.acl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACLs of deploy/kafka/acls.txt as deploy/kafka/acls.sh expands them ({@code acls.sh --print}): the
 * test reads the script's own expansion, so what it proves is what the script applies.
 */
final class AclDefinitions {

    private AclDefinitions() {
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("deploy/kafka/acls.txt"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no deploy/kafka/acls.txt above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static List<AclBinding> fromScript(Path root) throws IOException, InterruptedException {
        Process print = new ProcessBuilder("bash", root.resolve("deploy/kafka/acls.sh").toString(), "--print")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(print.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!print.waitFor(30, TimeUnit.SECONDS) || print.exitValue() != 0) {
            throw new IllegalStateException("acls.sh --print failed");
        }
        return out.lines().filter(line -> !line.isBlank()).map(AclDefinitions::binding).toList();
    }

    /** {@code principal resource pattern name operation}, as acls.sh prints it. */
    static AclBinding binding(String line) {
        String[] f = line.strip().split("\\s+");
        if (f.length != 5) {
            throw new IllegalArgumentException("not an ACL line: " + line);
        }
        ResourceType resource = switch (f[1]) {
            case "topic" -> ResourceType.TOPIC;
            case "group" -> ResourceType.GROUP;
            case "transactional-id" -> ResourceType.TRANSACTIONAL_ID;
            default -> throw new IllegalArgumentException("unknown resource type in: " + line);
        };
        PatternType pattern = PatternType.valueOf(f[2].toUpperCase(Locale.ROOT));
        AclOperation operation = AclOperation.fromString(f[4]);
        if (operation == AclOperation.UNKNOWN) {
            throw new IllegalArgumentException("unknown operation in: " + line);
        }
        return new AclBinding(new ResourcePattern(resource, f[3], pattern),
                new AccessControlEntry("User:" + f[0], "*", operation, AclPermissionType.ALLOW));
    }
}
