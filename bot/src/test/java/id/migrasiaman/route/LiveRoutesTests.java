package id.migrasiaman.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveRoutesTests {

    @TempDir Path dir;

    @Test
    void anEditToAStepIsLiveWithinFiveSecondsAndAnInvalidEditIsIgnored() {
        RouteContentCopy.into(dir);
        LiveRoutes live = new LiveRoutes(dir, Duration.ofMillis(200));
        live.start();
        try {
            RouteContentCopy.replace(
                    dir,
                    "route/steps.yml",
                    "Minta kedua nomor itu.",
                    "Minta dan catat kedua nomor itu.");
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(
                            () ->
                                    assertThat(live.current().steps().get("cek-agensi").what().id())
                                            .contains("Minta dan catat"));

            RouteContentCopy.replace(
                    dir,
                    "route/steps.yml",
                    "Minta dan catat kedua nomor itu.",
                    "Telepon 0380-821234.");
            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(3))
                    .untilAsserted(
                            () ->
                                    assertThat(live.current().steps().get("cek-agensi").what().id())
                                            .contains("Minta dan catat"));
        } finally {
            live.stop();
        }
    }
}
