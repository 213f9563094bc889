package id.migrasiaman.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteLintTests {

    @TempDir Path dir;

    @Test
    void theRealRouteContentHasNoProblem() {
        LiveRoutes.Loaded loaded = LiveRoutes.load(RouteContentCopy.CONTENT);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.book().plan("MY", "domestic")).isPresent();
        assertThat(
                        loaded.book()
                                .offices()
                                .get("disnakertrans-kab-kupang")
                                .details()
                                .get("phone")
                                .known())
                .isFalse();
    }

    @Test
    void anOfficePhoneThatIsNoHotlineIsRejected() {
        RouteContentCopy.into(dir);
        RouteContentCopy.replace(
                dir,
                "route/offices.yml",
                "    phone: unknown",
                "    phone: {hotline: disnaker-guessed, fact: \"9.1\"}");
        assertThat(LiveRoutes.load(dir).problems())
                .anyMatch(
                        p ->
                                p.contains("disnakertrans-kab-kupang")
                                        && p.contains("phone must name a line"));
    }

    @Test
    void anOfficePhoneWithoutFactsRowIsRejected() {
        RouteContentCopy.into(dir);
        RouteContentCopy.replace(
                dir, "route/offices.yml", "    phone: unknown", "    phone: \"0380 821234\"");
        assertThat(LiveRoutes.load(dir).problems())
                .anyMatch(p -> p.contains("phone names no FACTS row"));
    }

    @Test
    void aStepTextWithAnOfficePhoneIsRejected() {
        RouteContentCopy.into(dir);
        RouteContentCopy.replace(
                dir,
                "route/steps.yml",
                "Minta kedua nomor itu.",
                "Minta kedua nomor itu. Telepon Disnaker 0380-821234.");
        assertThat(LiveRoutes.load(dir).problems())
                .anyMatch(p -> p.startsWith("step cek-agensi") && p.contains("phone number"));
    }

    @Test
    void anAddressWithoutFactIsRejectedAndAnUnknownNeedsHowToAsk() {
        RouteContentCopy.into(dir);
        RouteContentCopy.replace(
                dir,
                "route/offices.yml",
                "    address: unknown",
                "    address: {text: \"Jl. Timor Raya 1, Oelamasi\"}");
        assertThat(LiveRoutes.load(dir).problems())
                .anyMatch(p -> p.contains("address names no FACTS row"));
    }

    @Test
    void anAmountThatIsNotInItsFactsRowIsRejected() {
        RouteContentCopy.into(dir);
        RouteContentCopy.replace(dir, "route/costs.yml", "amount: 350000", "amount: 400000");
        assertThat(LiveRoutes.load(dir).problems()).anyMatch(p -> p.contains("amount 400000"));
    }

    @Test
    void anAskWithAPhoneOrShadowingARouteIsRejected() {
        RouteContentCopy.into(dir);
        RouteContentCopy.replace(
                dir,
                "route/routes.yml",
                "    works: [internship]",
                "    works: [internship, g-to-g]");
        RouteContentCopy.replace(
                dir,
                "route/routes.yml",
                "apa nomor izinnya,",
                "apa nomor izinnya (telepon 0812-3456-7890),");
        assertThat(LiveRoutes.load(dir).problems())
                .anyMatch(p -> p.startsWith("ask") && p.contains("route for JP x g-to-g exists"))
                .anyMatch(p -> p.startsWith("ask") && p.contains("phone number"));
    }

    @Test
    void aStepDateLabelIsAButtonSizedText() {
        RouteContentCopy.into(dir);
        RouteContentCopy.replace(
                dir,
                "route/steps.yml",
                "appointment: {id: \"pemeriksaan kesehatan\"",
                "appointment: {id: \"pemeriksaan kesehatan dan psikologi di klinik\"");
        assertThat(LiveRoutes.load(dir).problems())
                .anyMatch(p -> p.startsWith("step cek-kesehatan appointment"));
    }
}
