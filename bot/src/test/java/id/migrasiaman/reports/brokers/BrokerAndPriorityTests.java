package id.migrasiaman.reports.brokers;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.reports.Drafts;
import id.migrasiaman.reports.MongoTestSupport;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportSubmitted;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Priority rules and linking reports to one broker by phone or by a similar name. */
class BrokerAndPriorityTests extends MongoTestSupport {

    @Test
    void emergencyOrMinorsAreUrgent() {
        ReportDraft emergency =
                ReportDraft.builder("k:1", "telegram").urgent(true).what("tolong", null).build();
        ReportDraft minors =
                ReportDraft.builder("k:2", "telegram").victims(1, true).what("anak", null).build();

        assertThat(priorityOf(emergency)).isEqualTo(Priority.URGENT);
        assertThat(priorityOf(minors)).isEqualTo(Priority.URGENT);
        assertThat(reports.events)
                .extracting(ReportSubmitted::priority, ReportSubmitted::urgent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Priority.URGENT, true),
                        org.assertj.core.groups.Tuple.tuple(Priority.URGENT, false));
    }

    @Test
    void threeVictimsAreHigh() {
        assertThat(priorityOf(ReportDraft.builder("k:3", "cli").victims(3, false).build()))
                .isEqualTo(Priority.HIGH);
        assertThat(priorityOf(ReportDraft.builder("k:4", "cli").victims(2, null).build()))
                .isEqualTo(Priority.NORMAL);
        assertThat(priorityOf(Drafts.plain("k:5"))).isEqualTo(Priority.NORMAL);
    }

    @Test
    void samePhoneInAnotherFormLinksToOneBrokerAndRaisesPriority() {
        Report first = submit(broker("p:1", "Om Yanto", "0812 3456 7890", "Amarasi"));
        Report second = submit(broker("p:2", "Pak Anton", "+62 812-3456-7890", "Kupang Timur"));

        assertThat(first.priority()).isEqualTo(Priority.NORMAL);
        assertThat(second.priority()).isEqualTo(Priority.HIGH);
        assertThat(second.brokerId()).isEqualTo(first.brokerId());
        Document broker = reports.brokers.find(first.brokerId()).orElseThrow();
        assertThat(broker.getInteger("reportCount")).isEqualTo(2);
        assertThat(broker.getList("reportCodes", String.class))
                .containsExactly(first.code(), second.code());
        assertThat(broker.getList("aliases", String.class))
                .containsExactly("Om Yanto", "Pak Anton");
        assertThat(broker.getList("phones", String.class)).containsExactly("+6281234567890");
        assertThat(broker.getList("kecamatan", String.class))
                .containsExactly("Amarasi", "Kupang Timur");
        assertThat(reports.database.getCollection("broker_phones").countDocuments()).isEqualTo(1);
    }

    @Test
    void similarNameInSameKecamatanLinks() {
        Report first = submit(broker("n:1", "Om Yanto", null, "Amarasi"));
        Report typo = submit(broker("n:2", "bapak Yantho", null, "Amarasi"));
        Report otherPlace = submit(broker("n:3", "Yanto", null, "Semau"));
        Report otherName = submit(broker("n:4", "Mama Ina", null, "Amarasi"));

        assertThat(typo.brokerId()).isEqualTo(first.brokerId());
        assertThat(typo.priority()).isEqualTo(Priority.HIGH);
        assertThat(otherPlace.brokerId()).isNotEqualTo(first.brokerId());
        assertThat(otherPlace.priority()).isEqualTo(Priority.NORMAL);
        assertThat(otherName.brokerId()).isNotEqualTo(first.brokerId());
        assertThat(reports.brokers.find(first.brokerId()).orElseThrow().getInteger("reportCount"))
                .isEqualTo(2);
    }

    @Test
    void knownBrokerDoesNotLowerAnUrgentReport() {
        submit(broker("u:1", "Om Yanto", "081234567890", "Amarasi"));
        ReportDraft urgent =
                ReportDraft.builder("u:2", "telegram")
                        .urgent(true)
                        .broker("Yanto", List.of("081234567890"), null)
                        .build();

        assertThat(priorityOf(urgent)).isEqualTo(Priority.URGENT);
    }

    @Test
    void reportWithoutBrokerDetailsCreatesNoBroker() {
        Report report = submit(Drafts.plain("x:1"));

        assertThat(report.brokerId()).isNull();
        assertThat(reports.database.getCollection("brokers").countDocuments()).isZero();
    }

    private static ReportDraft broker(String key, String who, String phone, String kecamatan) {
        return ReportDraft.builder(key, "telegram")
                .what("calo", null)
                .broker(who, phone == null ? List.of() : List.of(phone), null)
                .place(kecamatan, null, null, null)
                .build();
    }

    private Report submit(ReportDraft draft) {
        return reports.queue.find(reports.queue.submit(draft).code()).orElseThrow();
    }

    private Priority priorityOf(ReportDraft draft) {
        return submit(draft).priority();
    }
}
