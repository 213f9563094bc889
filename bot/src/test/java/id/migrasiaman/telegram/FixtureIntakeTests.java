package id.migrasiaman.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.migrasiaman.IntegrationTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Every update shape in the test resources' {@code telegram-fixtures} (sources and licences in its
 * SOURCES.md) passes through parsing and intake without failing.
 */
class FixtureIntakeTests extends IntegrationTest {

    @Autowired UpdateParser parser;

    @Autowired UpdateIntake intake;

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        URL resource = FixtureIntakeTests.class.getResource("/telegram-fixtures");
        assertThat(resource).as("telegram fixtures on the test classpath").isNotNull();
        Path dir = Path.of(resource.toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list =
                    new ArrayList<>(
                            files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
            assertThat(list).hasSizeGreaterThanOrEqualTo(30);
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void passesThroughIntake(Path fixture) throws IOException {
        BOT_API.reset();
        JsonNode root = new ObjectMapper().readTree(Files.readString(fixture));
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(nodes::add);
        } else {
            nodes.add(root);
        }
        for (JsonNode node : nodes) {
            Optional<Update> update = parser.parse(node);
            update.ifPresent(
                    u ->
                            assertThat(intake.handle(u))
                                    .isIn(
                                            UpdateIntake.Outcome.ANSWERED,
                                            UpdateIntake.Outcome.IGNORED));
        }
    }
}
