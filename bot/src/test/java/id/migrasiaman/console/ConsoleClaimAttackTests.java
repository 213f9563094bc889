package id.migrasiaman.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.Status;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The finding: a claim was advisory only (another staff member moved a report held by someone else
 * to DISMISSED). Now only the holder or an admin moves a claimed report.
 */
class ConsoleClaimAttackTests extends IntegrationTest {

    static final String PASSWORD = "sandi-klaim-uji-9876";

    @LocalServerPort int port;

    @Autowired StaffUsers users;

    @Autowired ReportQueue queue;

    @Test
    void anotherStaffMemberCannotMoveAClaimedReportButTheHolderAndAnAdminCan() throws Exception {
        ConsoleClient ana = signedIn(account(StaffUsers.Role.STAFF));
        String budiName = account(StaffUsers.Role.STAFF);
        ConsoleClient budi = signedIn(budiName);
        String code = submitReport();
        ana.get("/console/reports/" + code);
        ana.post("/console/reports/" + code + "/claim", Map.of());
        assertThat(queue.find(code).orElseThrow().status()).isEqualTo(Status.IN_REVIEW);

        budi.get("/console/reports/" + code);
        budi.post("/console/reports/" + code + "/status", Map.of("to", "DISMISSED"));

        assertThat(queue.find(code).orElseThrow().status()).isEqualTo(Status.IN_REVIEW);
        assertThat(budi.get("/console/reports/" + code).body())
                .contains("sedang dipegang")
                .contains("Hanya pemegang atau admin");

        ConsoleClient admin = signedIn(account(StaffUsers.Role.ADMIN));
        admin.get("/console/reports/" + code);
        admin.post("/console/reports/" + code + "/status", Map.of("to", "NEEDS_INFO"));
        assertThat(queue.find(code).orElseThrow().status()).isEqualTo(Status.NEEDS_INFO);

        String second = submitReport();
        ana.get("/console/reports/" + second);
        ana.post("/console/reports/" + second + "/claim", Map.of());
        ana.get("/console/reports/" + second);
        ana.post("/console/reports/" + second + "/status", Map.of("to", "DISMISSED"));
        assertThat(queue.find(second).orElseThrow().status()).isEqualTo(Status.DISMISSED);
    }

    private String account(StaffUsers.Role role) {
        String name = "klaim" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, name, PASSWORD, role);
        return name;
    }

    private ConsoleClient signedIn(String name) throws Exception {
        ConsoleClient client = new ConsoleClient(port);
        assertThat(client.signIn(name, PASSWORD)).endsWith("/console");
        client.get("/console");
        return client;
    }

    private String submitReport() {
        return queue.submit(
                        ReportDraft.builder("claim-test:" + UUID.randomUUID(), "telegram")
                                .reporter("pseudo-claim", "id")
                                .what("Calo rekrut ke Malaysia", null)
                                .place("Amarasi", null, null, null)
                                .route(List.of("MY"), List.of(), null)
                                .victims(1, false)
                                .build())
                .code();
    }
}
