package id.migrasiaman.emergency;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.knowledge.Answer;
import id.migrasiaman.knowledge.Answers;
import id.migrasiaman.nlp.Normaliser;
import id.migrasiaman.nlp.OpenNlpAnalyser;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportsFixture;
import id.migrasiaman.safety.DangerCheck;
import id.migrasiaman.safety.FloodControl;
import id.migrasiaman.store.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * The safety layer and the emergency flow wired by hand around {@link ConversationFixture}: the
 * real intent model and danger check, the report queue over the embedded MongoDB in memory, the
 * in-memory conversation store. Hotlines are a fixed line starting with "Nomor bantuan". Flows a
 * test adds are the ones the emergency can interrupt and resume.
 */
final class EmergencyFixture implements AutoCloseable {

    static final TextAnalyser ANALYSER = OpenNlpAnalyser.fromClasspath();

    final ConversationFixture chat = new ConversationFixture();
    final ReportsFixture reports;
    final List<Object> events = new CopyOnWriteArrayList<>();
    private final EmbeddedMongo server = EmbeddedMongo.inMemory();
    private final MongoClient client = MongoClients.create(server.connectionString());

    EmergencyFixture(Path dataDir, Flow... flows) {
        reports =
                new ReportsFixture(
                        client.getDatabase("t" + UUID.randomUUID().toString().replace("-", "")),
                        dataDir,
                        server::commit,
                        Clock.systemUTC());
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (Flow flow : flows) {
            beans.registerSingleton(flow.name(), flow);
            chat.with(flow);
        }
        EmergencyReplies replies =
                new EmergencyReplies(new FixedHotlines(), chat.texts, chat.menus);
        DangerCheck danger = new DangerCheck(new Normaliser());
        UrgentReports urgent = new UrgentReports(reports.queue, ANALYSER);
        ConversationMemory memory = ConversationMemory.withDefaults();
        PlaceMemory places =
                new PlaceMemory(
                        new EmergencySettings(Duration.ofHours(6), Duration.ofDays(30)),
                        Clock.systemUTC(),
                        memory);
        Alarms alarms =
                new Alarms(
                        urgent,
                        replies,
                        reports.queue,
                        events::add,
                        beans.getBeanProvider(Flow.class),
                        new FamilyHotlines(memory),
                        new ChildTold(memory),
                        new AskedBefore(memory),
                        places);
        WeakInFlow inFlow = new WeakInFlow(alarms, replies, memory);
        WhileAsking whileAsking =
                new WhileAsking(
                        alarms,
                        replies,
                        danger,
                        ANALYSER,
                        beans.getBeanProvider(AnswerFirst.class));
        EmergencyTriage triage = new EmergencyTriage(alarms, urgent, replies, inFlow, whileAsking);
        chat.with(
                        new SafetyLayer(
                                ANALYSER,
                                danger,
                                new FloodControl(20, Duration.ofSeconds(20), Clock.systemUTC()),
                                alarms,
                                triage,
                                replies,
                                inFlow,
                                new GoingHome(new FixedHotlines(), replies),
                                beans.getBeanProvider(SituationResponder.class),
                                beans.getBeanProvider(AnswerFirst.class),
                                new WhatHappensNext(
                                        ANALYSER,
                                        danger,
                                        reports.queue,
                                        replies,
                                        Clock.systemUTC()),
                                places,
                                new Fragments(Clock.systemUTC(), memory)))
                .with(new AlarmButtons(alarms, triage, replies, ANALYSER, danger))
                .with(
                        new EmergencyResponder(
                                alarms,
                                urgent,
                                replies,
                                ANALYSER,
                                danger,
                                beans.getBeanProvider(
                                        id.migrasiaman.conversation.AnswerFirst.class),
                                beans.getBeanProvider(
                                        id.migrasiaman.conversation.IntentResponder.class)))
                .with(new EmergencyContactButton(reports.queue, replies));
    }

    /** The urgent report of {@code code}. */
    Report report(String code) {
        return reports.queue.find(code).orElseThrow();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }

    /** Hotlines as one fixed line, so tests see that they came first. */
    private static final class FixedHotlines implements Answers {
        @Override
        public Optional<Answer> answer(String topicId, String language) {
            return Optional.empty();
        }

        @Override
        public List<String> topicIds() {
            return List.of();
        }

        @Override
        public String hotlines(String language) {
            return "Nomor bantuan: 110";
        }

        /** Shaped like the real list: a heading, the country's numbers, then the rest. */
        @Override
        public String hotlines(String language, String country) {
            if (country == null || "ID".equals(country)) {
                return "<b>Nomor bantuan di Indonesia</b>\n\n• <b>Polisi</b>: telepon 110\n"
                        + "Keterangan panjang polisi.\n\n• <b>SAPA</b>: telepon 129\n"
                        + "Keterangan panjang SAPA.";
            }
            return "<b>Nomor bantuan di "
                    + country
                    + "</b>\n\n• <b>Polisi "
                    + country
                    + "</b>: telepon 999\nKeterangan panjang polisi setempat.\n\n"
                    + "• <b>KBRI "
                    + country
                    + "</b>: telepon +60 1\nKeterangan KBRI.\n\n<b>Dari mana saja</b>\n\n"
                    + "• <b>KP2MI</b>: telepon +62 21\nKeterangan KP2MI.\n\n"
                    + "<i>Untuk keluarga di Indonesia:</i> Polisi 110";
        }
    }
}
