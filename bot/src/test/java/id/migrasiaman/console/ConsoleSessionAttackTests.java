package id.migrasiaman.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportQueue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sessions follow their account: what a blocked, demoted or re-passworded staff member's open
 * session can still do (nothing), and what a guesser can do to an account (not lock it for its
 * owner, not get fresh tries by claiming another address).
 */
class ConsoleSessionAttackTests extends IntegrationTest {

    static final String PASSWORD = "sandi-sesi-uji-9876";

    @LocalServerPort int port;

    @Autowired StaffUsers users;

    @Autowired ReportQueue queue;

    private String newAccount(StaffUsers.Role role) {
        String name = "sesi" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, name, PASSWORD, role);
        return name;
    }

    private ConsoleClient admin() throws Exception {
        ConsoleClient admin = new ConsoleClient(port);
        assertThat(admin.signIn(ADMIN, ADMIN_PASSWORD)).endsWith("/console");
        admin.get("/console/staff");
        return admin;
    }

    private static void assertSignedOut(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/console/login");
    }

    @Test
    void aBlockedStaffMembersOpenSessionStopsWorkingAtOnce() throws Exception {
        String name = newAccount(StaffUsers.Role.STAFF);
        ConsoleClient staff = new ConsoleClient(port);
        assertThat(staff.signIn(name, PASSWORD)).endsWith("/console");
        assertThat(staff.get("/console").statusCode()).isEqualTo(200);
        String code = submitReport();

        admin().post("/console/staff/" + name + "/active", Map.of("active", "false"));

        assertSignedOut(staff.post("/console/reports/" + code + "/claim", Map.of()));
        assertThat(queue.find(code).orElseThrow().assignee()).isNull();
        assertSignedOut(staff.get("/console"));
        assertThat(new ConsoleClient(port).signIn(name, PASSWORD)).contains("error");
    }

    @Test
    void aNewRoleEndsTheAccountsSessionsAndTakesEffectAtTheNextSignIn() throws Exception {
        String name = newAccount(StaffUsers.Role.ADMIN);
        ConsoleClient other = new ConsoleClient(port);
        assertThat(other.signIn(name, PASSWORD)).endsWith("/console");
        assertThat(other.get("/console/staff").statusCode()).isEqualTo(200);

        admin().post("/console/staff/" + name + "/role", Map.of("role", "STAFF"));

        assertSignedOut(other.get("/console/staff"));
        ConsoleClient again = new ConsoleClient(port);
        assertThat(again.signIn(name, PASSWORD)).endsWith("/console");
        assertThat(again.get("/console/staff").statusCode()).isEqualTo(403);
        assertThat(users.find(name).orElseThrow().role()).isEqualTo(StaffUsers.Role.STAFF);
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        String name = newAccount(StaffUsers.Role.STAFF);
        ConsoleClient office = new ConsoleClient(port);
        ConsoleClient forgottenLaptop = new ConsoleClient(port);
        assertThat(office.signIn(name, PASSWORD)).endsWith("/console");
        assertThat(forgottenLaptop.signIn(name, PASSWORD)).endsWith("/console");
        office.get("/console/account");

        office.post(
                "/console/password",
                Map.of("current", PASSWORD, "password", "kopi pahit di oesapa 7"));

        assertSignedOut(forgottenLaptop.get("/console"));
        assertThat(office.get("/console").statusCode()).isEqualTo(200);
        assertThat(new ConsoleClient(port).signIn(name, "kopi pahit di oesapa 7"))
                .endsWith("/console");
    }

    @Test
    void aPasswordChangeWithoutTheCurrentPasswordIsRefused() throws Exception {
        String name = newAccount(StaffUsers.Role.STAFF);
        ConsoleClient hijacked = new ConsoleClient(port);
        assertThat(hijacked.signIn(name, PASSWORD)).endsWith("/console");
        hijacked.get("/console/account");

        hijacked.post("/console/password", Map.of("password", "punya-penyerang-sekarang"));
        hijacked.post(
                "/console/password",
                Map.of("current", "tebakan-salah-123", "password", "punya-penyerang-sekarang"));

        assertThat(hijacked.get("/console/account").body()).contains("Kata sandi sekarang salah");
        assertThat(new ConsoleClient(port).signIn(name, "punya-penyerang-sekarang"))
                .contains("error");
        assertThat(new ConsoleClient(port).signIn(name, PASSWORD)).endsWith("/console");
    }

    @Test
    void aCommonPasswordIsRefused() throws Exception {
        String name = newAccount(StaffUsers.Role.STAFF);
        ConsoleClient staff = new ConsoleClient(port);
        staff.signIn(name, PASSWORD);
        staff.get("/console/account");

        staff.post("/console/password", Map.of("current", PASSWORD, "password", "P@ssw0rd2024!"));

        assertThat(staff.get("/console/account").body()).contains("terlalu mudah ditebak");
        assertThat(new ConsoleClient(port).signIn(name, PASSWORD)).endsWith("/console");
    }

    /** Without a trusted proxy, X-Forwarded-For is the attacker's word and changes nothing. */
    @Test
    void aGuesserGetsNoFreshTriesByClaimingAnotherAddress() throws Exception {
        String name = newAccount(StaffUsers.Role.STAFF);
        for (int i = 0; i < LoginAttempts.FREE_FAILURES; i++) {
            assertThat(new ConsoleClient(port, "198.51.100." + i).signIn(name, "tebakan-" + i))
                    .contains("error");
        }

        assertThat(new ConsoleClient(port, "198.51.100.200").signIn(name, PASSWORD))
                .contains("locked");
    }

    @Test
    void anAdminCanLiftALock() throws Exception {
        String name = newAccount(StaffUsers.Role.STAFF);
        for (int i = 0; i < LoginAttempts.FREE_FAILURES; i++) {
            new ConsoleClient(port).signIn(name, "tebakan-" + i);
        }
        assertThat(new ConsoleClient(port).signIn(name, PASSWORD)).contains("locked");

        ConsoleClient admin = admin();
        assertThat(admin.get("/console/staff").body()).contains("dikunci dari 1 alamat");
        admin.post("/console/staff/" + name + "/unlock", Map.of());

        assertThat(new ConsoleClient(port).signIn(name, PASSWORD)).endsWith("/console");
    }

    private String submitReport() {
        return queue.submit(
                        ReportDraft.builder("session-test:" + UUID.randomUUID(), "telegram")
                                .reporter("pseudo-session", "id")
                                .what("Calo rekrut ke Malaysia", null)
                                .place("Amarasi", null, null, null)
                                .route(List.of("MY"), List.of(), null)
                                .victims(1, false)
                                .build())
                .code();
    }
}
