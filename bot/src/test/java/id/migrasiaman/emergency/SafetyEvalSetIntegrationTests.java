package id.migrasiaman.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.ReportQueue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * False alarms and missed emergencies on {@code safety/safety.tsv}: 60 ordinary messages that all
 * say tolong, bantu, help, darurat, SOS or urgent, and 60 real emergencies, written by a helper who
 * never saw the corpus or the code (see {@code safety/README.md}). Each message opens its own
 * conversation; an alarm is an URGENT report (the staff alarm follows it, see {@link
 * TwoTierAlarmIntegrationTests}). The set is for measuring only: never tune the lexicon on it.
 */
// An alarm here is the URGENT report; without a staff chat its ~80 alerts do not queue up in the
// staff group that the other tests of the shared application wait on (Telegram's group pace).
@TestPropertySource(properties = "migrasi.telegram.staff-chat-id=")
class SafetyEvalSetIntegrationTests extends IntegrationTest {

    @Autowired ConversationService conversations;

    @Autowired ReportQueue queue;

    /** Sets scored only: their lines are never printed, verbose or not. */
    private static final java.util.Set<String> SCORED_ONLY =
            java.util.Set.of(
                    "/safety/w11.tsv",
                    "/safety/w12.tsv",
                    "/safety/w13.tsv",
                    "/safety/w14.tsv",
                    "/safety/w15.tsv",
                    "/safety/w16.tsv",
                    "/safety/w17.tsv",
                    "/safety/w18.tsv",
                    "/safety/w19.tsv",
                    "/safety/w20.tsv",
                    "/safety/w21.tsv",
                    "/safety/w22.tsv",
                    "/safety/w23.tsv",
                    "/safety/final21.tsv");

    // final20 is a dev set from round 24 on (evaluated once in round 23).

    record Line(boolean emergency, String lang, String text) {}

    /**
     * What one message got: an alarm, the hotlines in the first reply, and (for ordinary messages,
     * the over-caution figure) the one-tap danger question, which comes with the hotlines.
     */
    record Outcome(Line line, boolean alarm, boolean hotlinesFirst, boolean cautioned) {}

    /**
     * A set and the bounds measured on it: at most {@code falseAlarms} ordinary messages alarmed,
     * at least {@code alarmed} emergencies alarmed and {@code hotlined} answered hotlines first, at
     * most {@code cautioned} ordinary messages asked "is anyone in danger now?".
     */
    record Bounds(String file, int falseAlarms, int alarmed, int hotlined, int cautioned) {}

    /**
     * The sets to run: all, or those named in {@code -Dsafety.sets=w18,final15} (the file's name
     * without {@code .tsv}).
     */
    static List<Bounds> sets() {
        String only = System.getProperty("safety.sets", "");
        return allSets().stream()
                .filter(
                        b ->
                                only.isBlank()
                                        || List.of(only.split(","))
                                                .contains(
                                                        b.file()
                                                                .replace("/safety/", "")
                                                                .replace(".tsv", "")))
                .toList();
    }

    static List<Bounds> allSets() {
        // w3 (safety.tsv, 60 + 60): measured once on 2026-12-05 after the danger check was tuned
        // on the corpus and the authors' own examples only (1/60, 48/60, then 2/60, 51/60 after a
        // second round tuned on tuning.tsv). w4 (40 + 40): a second writer's set (returned
        // workers, church and village volunteers), used to check that changes generalise; never
        // read line by line. final2 (35 + 35): evaluated once at the end. The target is
        // no false alarm and every emergency alarmed: not met yet. These bounds keep the figures
        // from getting worse; raise them as they improve, never by tuning on these sets. Third
        // round (third-person, calm English and Kupang forms, tuned on tuning.tsv only): w3 1/60
        // and 54/60, w4 1/40 and 30/40. Fourth round (calm harm said now or at a place, everyday
        // errands of "tolong"; tuned on tuning.tsv and the corpus only, these sets only scored):
        // w3 1/60, 56/60, 60/60, 5/60 asked (32 before); w4 1/40, 32/40, 40/40, 11/40 (26 before);
        // final2 0/35, 31/35, 34/35, 9/35 (24 before). With the issue-12 round-3 intent corpus
        // merged: w3 hotlines first 59/60, w4 12/40 asked. w5 (40 + 40, workers abroad and village
        // officials, a new writer, scored only): 0/40, 31/40, 39/40, 16/40 asked. final3 (40 + 42,
        // students and Kupang market sellers, evaluated once after round 4): 0/42, 33/40, 40/40,
        // 9/42 asked. Round 5 (safety6): w4, w5, final2 and final3 were READ (their misses and
        // asked lines, to learn which kinds of wording fail) and are dev sets from now on (w3 too:
        // its misses were printed and one kind, "dulu" meaning "first", came from them); the
        // fix was rules for kinds (Plights) and new tuning.tsv lines, never their lines. Measured:
        // w3 1/60, 57/60, 59/60, 4/60; w4 0/40, 39/40, 40/40, 9/40; final2 0/35, 35/35, 35/35,
        // 3/35; w5 0/40, 40/40, 40/40, 12/40; final3 0/42, 40/40, 40/40, 6/42.
        // Round 7 (safety7): w6 and final4 were READ too (their misses and asked lines, for the
        // kinds) and are dev sets now. Before → after, with the same intent models: w3 1/60, 58 →
        // 59/60, 60/60, 3 → 1/60 asked; w4 0/40, 39/40, 40/40, 9 → 2/40; final2 0/35, 35/35,
        // 35/35, 4 → 0/35; w5 0/40, 40/40, 40/40, 11 → 4/40; final3 0/42, 40/40, 40/40, 4 → 2/42;
        // w6 0/40, 35 → 40/40, 37 → 40/40, 6 → 2/40; final4 0/40, 34 → 40/40, 39 → 40/40, 10 →
        // 1/40.
        // Round 8 (safety8): w7 and final5 were READ too (misses and asked lines, for the kinds;
        // dev sets now). Before -> after, same intent models: w3 1 -> 0/60 false, 59 -> 60/60;
        // w4 40/40; w6 39 -> 40/40; w7 35 -> 40/40 alarmed, 38 -> 40/40 hotlines first, 3 -> 0/40
        // asked; final5 38 -> 40/40, 40/40, 10 -> 0/40 asked; the others unchanged.
        // Round 10 (safety10): every miss on every set was READ (w8 and final6 are dev sets now)
        // and grouped by cause; each cause was fixed for its kind, with own wording in own10.tsv
        // and RoundTenSafetyIntegrationTests. Before -> after: final4 39 -> 40/40 alarmed, 1/40
        // asked; w8 37 -> 40/40; final6 36 -> 40/40; the others unchanged (0 false alarms).
        return List.of(
                // With intents8's models merged: safety.tsv 2 asked, final4 39/40 alarmed (one
                // Indonesian emergency's model confidence fell below 0.85).
                // Round 12 (safety12): 1 asked.
                new Bounds("/safety/safety.tsv", 0, 60, 60, 1),
                new Bounds("/safety/w4.tsv", 0, 40, 40, 2),
                new Bounds("/safety/final2.tsv", 0, 35, 35, 0),
                new Bounds("/safety/w5.tsv", 0, 40, 40, 4),
                // final3 asked: 2 before round 11, 1 with safety11 alone, 2 again after the
                // round's merges (which merge moved it was not measured).
                new Bounds("/safety/final3.tsv", 0, 40, 40, 2),
                // Round 6: two new writers (w6: shelter and parish staff, village mothers and
                // grandmothers, scored only; final4: young men back from Sabah, ojek drivers, boat
                // crews, teachers and a midwife, evaluated once with the merged release).
                new Bounds("/safety/w6.tsv", 0, 40, 40, 1),
                new Bounds("/safety/final4.tsv", 0, 40, 40, 1),
                // Round 7: two new writers, measured with the merged round-7 release (safety7's
                // lexicon, nlp7's models, replies in the writer's language): w7 (students on
                // TikTok, an English-only researcher and donor officer; scored only) and final5
                // (workers abroad now, village fathers, a kepala desa and a babinsa; once).
                // w6 and final4 were read by round 7 (dev sets); with nlp7's models merged w6
                // lost one English emergency (40 -> 39) and final4 asks one more (1 -> 2).
                new Bounds("/safety/w7.tsv", 0, 40, 40, 0),
                new Bounds("/safety/final5.tsv", 0, 40, 40, 0),
                // Round 8: a new writer (w8: workers back home telling finished stories beside a
                // friend stuck abroad now; teenagers 14-17 and their parents), scored on main
                // before round 8's changes (0/40, 37/40, 40/40, 6/40).
                new Bounds("/safety/w8.tsv", 0, 40, 40, 5),
                // final6 (a new writer: people recruited online for scam-compound jobs and their
                // families; witnesses at a bus terminal, a harbour, a hospital and offices),
                // evaluated once with the merged round-8 release: 0/40, 36/40, 40/40, 1/40.
                new Bounds("/safety/final6.tsv", 0, 40, 40, 1),
                // Round 10: safety10's own set (new voices: a taxi driver in KL, a hotel
                // receptionist, a ferry ticket seller, a truck driver at Motaain, a neighbour
                // abroad, a tourist, airport staff), written before any change, not independent:
                // 0/30, 26/30, 29/30, 4/30 before; 0/30, 30/30, 30/30, 4/30 after.
                // After the merge 29/30: offers10's Kupang spellings ("liat" -> "lihat") made the
                // intent model surer that a truck driver's "10 anak muda lewat jalan tikus ini
                // malam" is a broker report (0.54 -> 0.73), and a confident broker report of a
                // crossing gets the hotlines and the question, not a direct alarm.
                new Bounds("/safety/own10.tsv", 0, 30, 30, 3),
                // Round 10's new writer (fishing-boat crew and their families; women recruited for
                // Middle East domestic work), scored on main before round 10's changes: 1 false
                // alarm (Kupang Malay), 35/40 alarmed, 39/40 hotlines first, 1 ordinary asked.
                // Round 11 (safety11, w9 read): its misses fixed by cause (a serious illness is an
                // illness, a death on board, kept from going home, past helping is no plea): 1 -> 0
                // false alarms, 35 -> 39/40 alarmed, 39/40 hotlines first, 1 -> 2 asked (the father
                // who once saved a drowning man is asked, no longer alarmed). Also tightened to
                // what
                // safety11 measured: final3 2 -> 1 asked, w6 2 -> 1, own10 4 -> 3.
                new Bounds("/safety/w9.tsv", 0, 39, 39, 2),
                // Round 10's final set (village officials; English-writing relatives, churches and
                // a
                // researcher abroad), evaluated once with the merged round-10 release: 0 false
                // alarms, 39/40 alarmed, 39/40 hotlines first, 5/40 ordinary asked. w9 after the
                // round: unchanged (1, 35, 39, 1).
                new Bounds("/safety/final7.tsv", 0, 40, 40, 5),
                // Round 11's new writer (inland village parents dictating by voice; young men
                // weighing plantation work in Kalimantan or Sabah; NGO staff writing English),
                // scored on main before round 11's changes: 0 false alarms, 38/40 alarmed, 40/40
                // hotlines first, 4/40 ordinary asked. Scored only: its lines are not read.
                // After round 11's merges: 0, 39/40, 40/40, 4/40.
                new Bounds("/safety/w10.tsv", 0, 40, 40, 4),
                // Round 11's final set (girls and young women chatting with online "kakak"
                // recruiters; church and shelter workers; NTT people in Darwin, Perth and Hong Kong
                // writing English), evaluated once with the merged round-11 release: 0 false
                // alarms, 34/40 alarmed, 39/40 hotlines first, 4/40 ordinary asked.
                // Round 14: 4/40 ordinary asked (asked, never alarmed) with the merged release, one
                // more than after safety14 alone; 0 false alarms.
                new Bounds("/safety/final8.tsv", 0, 40, 40, 4),
                // Round 12's new writer (w11: coastal and island fishermen and crew and their
                // families; village officials asking for others in formal Indonesian; employers,
                // researchers and students writing English), scored on main before round 12's
                // changes: 0 false alarms, 39/40 alarmed, 40/40 hotlines first, 2/40 ordinary
                // asked. Scored only: its lines are not read.
                new Bounds("/safety/w11.tsv", 0, 39, 40, 2),
                // Round 12's final set (returned workers advising relatives; SMK students who see
                // job ads on TikTok; English-writing church and NGO partners, co-workers abroad, a
                // paralegal): evaluated once with the merged round-12 release (097874d): 0 false
                // alarms, 34/40 alarmed (English 10/14), 39/40 hotlines first, 5/40 ordinary asked.
                // w11 after the round: unchanged (0, 39, 40, 2).
                // Round 13 (safety13): final8's and final9's misses (dev sets, read) and the
                // older dev sets' were grouped by cause and fixed for their kinds (a boat taking
                // water or turned over or lost with people aboard, no air in a vehicle, fled or
                // hiding and pursued, a child taken by someone the family does not know or with
                // forged papers, anyone forced into a vehicle, a counted group of young people, an
                // age within a group, "vessel", the "-in" lock forms), with the intent models
                // retrained for the normaliser's "pas" fix. Before -> after: final9 34 -> 40/40
                // alarmed, 39 -> 40/40 hotlines first; final8 34 -> 39/40, 4 -> 3 asked; final7
                // 39 -> 40/40; w10 39 -> 40/40; w8 6 -> 5 asked; w11
                // (scored only) unchanged 0, 39, 40, 2; 0 false alarms on every set.
                new Bounds("/safety/final9.tsv", 0, 40, 40, 5),
                // Round 13's new writer (w12: domestic and care workers abroad now; farmers, ojek
                // drivers and market sellers in inland and border villages; nurses, social workers,
                // a tourist, a lecturer writing English), scored on main 88b60e0 before round 13's
                // changes: 0 false alarms, 34/40 alarmed (English 10/13), 37/40 hotlines first,
                // 2/40 ordinary asked. Scored only: its lines are not read. With the merged
                // round-13
                // release (50beeda): 0, 35/40, 37/40, 2/40.
                new Bounds("/safety/w12.tsv", 0, 36, 37, 2),
                // Round 13's final set (wives, mothers and grandmothers left behind; students and
                // young activists of Kota Kupang; a Filipino crewmate, employers, a journalist and
                // a volunteer teacher writing English), evaluated once with the merged round-13
                // release (50beeda): 0 false alarms, 38/40 alarmed (English 13/14, Kupang Malay
                // 11/12), 39/40 hotlines first, 6/40 ordinary asked (English 4/14).
                // Round 14 (safety14), by cause (never a set's wording): own10 29 -> 30 and final8
                // 39 -> 40 (a witness's people moved or chased now with fear seen, which an unsure
                // broker-report reading no longer overrides), final10 38 -> 40 alarmed and 39 -> 40
                // hotlines first (people held now; a plea and a fear with an employer named, the
                // model all but certain), w12 (scored only) 35 -> 36; every set 0 false alarms.
                new Bounds("/safety/final10.tsv", 0, 40, 40, 6),
                // Round 14's new writer (w13, scored only), on main a114fa6 before round 14 and
                // with
                // the merged round-14 release alike: 0 false alarms, 38/40 alarmed, 39/40 hotlines
                // first, 5/40 ordinary asked.
                new Bounds("/safety/w13.tsv", 0, 38, 39, 5),
                // Round 14's final set, evaluated once with the merged round-14 release (64a925a):
                // 0 false alarms, 37/40 alarmed, 39/40 hotlines first, 8/40 ordinary asked.
                new Bounds("/safety/final11.tsv", 0, 40, 40, 8),
                // Round 15's new writer (w14, scored only), on main 65df954 before round 15 and
                // with the merged round-15 release alike: ONE false alarm (English; its line is not
                // read: the bound records it, it does not accept it), 39/40 alarmed, 40/40
                // hotlines first, 7/40 ordinary asked.
                // Round 19 (safety19): that false alarm is gone and one more ordinary line is
                // asked (0 false alarms, 8/40 asked): most likely the same line, now asked rather
                // than alarmed (a joke or a labour question is no alarm; the lines are not read).
                new Bounds("/safety/w14.tsv", 0, 39, 40, 8),
                // Round 15's final set, evaluated once with the merged round-15 release (18efe21
                // + transport12): 0 false alarms, 37/40 alarmed (Indonesian 13/14, Kupang Malay
                // 11/13, English 13/13), 39/40 hotlines first, 4/40 ordinary asked.
                new Bounds("/safety/final12.tsv", 0, 38, 39, 4),
                // Round 16's new writer (w15, scored only), on main 28aa2fc before round 16: 0
                // false alarms, 37/40 alarmed (English 10/13), 40/40 hotlines first, 4/40 ordinary
                // asked.
                new Bounds("/safety/w15.tsv", 0, 38, 40, 4),
                // Round 16's final set, evaluated once with the merged round-16 release (449b103):
                // 0 false alarms, 38/40 alarmed (English 11/13, Indonesian 14/14, Kupang Malay
                // 13/13), 40/40 hotlines first, 1/40 ordinary asked. Round 17 (safety17: times
                // counted back, getting into a car, "not allowed out", "confined", -in passives):
                // final11 40/40 and 40/40 (was 37, 39), final12 38/40 (was 37), w15 38/40 (English
                // 11/13, was 37 and 10/13; scored only), final13 40/40 (English 13/13); every
                // ordinary line unchanged.
                new Bounds("/safety/final13.tsv", 0, 40, 40, 1),
                // Round 17's new writer (w16, scored only), on main 6c51a5d before round 17: 0
                // false alarms, 36/40 alarmed (English 12/13, Indonesian 12/14, Kupang Malay
                // 12/13), 39/40 hotlines first, 3/40 ordinary asked.
                new Bounds("/safety/w16.tsv", 0, 36, 39, 3),
                // Round 17's final set, scored with the round-17 release: ONE false alarm
                // (Indonesian; its line is not read: the bound records it, it does not accept
                // it), 37/40 alarmed (English 11/13, Indonesian 13/14, Kupang Malay 13/13), 39/40
                // hotlines first, 7/40 ordinary asked.
                // Round 19 (safety19): final14 and final15 are dev sets now (read, fixed by cause:
                // people on their way now with a recruiter, "looking for her", a boat that refuses
                // to go ashore with a sick crewman, "pagi ini", someone else's KTP, a forced phone
                // restart as an errand): final14 1 -> 0 false alarms, 37 -> 40/40 alarmed (English
                // 11 -> 13/13), 39 -> 40/40 hotlines first, 7/40 asked.
                new Bounds("/safety/final14.tsv", 0, 40, 40, 7),
                // Round 18's new writer (w17: weavers and farmers of Amfoang and Semau, men who
                // migrated inside Indonesia, a choir leader; English writers from a Brunei employer
                // to a Korean fishing company's interpreter), scored only, on main e4d0dc6 before
                // round 18: 0 false alarms, 37/40 alarmed (English 11/13, Indonesian 13/14, Kupang
                // Malay 13/13), 40/40 hotlines first, 7/40 ordinary asked.
                new Bounds("/safety/w17.tsv", 0, 37, 40, 7),
                // Round 18's final set (young couples of Kupang Timur, Takari and Amarasi Selatan;
                // elders of Amfoang Timur and Fatuleu Barat; workers in Sabah, Singapore and
                // Taiwan; English writers), evaluated once with the round-18 release: 0 false
                // alarms, 38/40 alarmed (English 12/13, Indonesian 13/14, Kupang Malay 13/13),
                // 40/40 hotlines first, 3/40 ordinary asked.
                // Round 19 (safety19, a dev set now): 38 -> 40/40 alarmed (English 12 -> 13/13).
                new Bounds("/safety/final15.tsv", 0, 40, 40, 3),
                // Round 19's new writer (w18: fishermen's families of Sulamu, Kupang Barat and
                // Semau; schoolgirls and boys of Oelamasi and Kupang Tengah; a midwife, a nun and a
                // pastor's wife; English writers from a Taiwanese crew NGO to a UK researcher),
                // scored only, on main 8903600 before round 19: 0 false alarms, 36/40 alarmed
                // (English 10/13, Indonesian 14/14, Kupang Malay 12/13), 39/40 hotlines first, 4/40
                // ordinary asked. final14 and final15 are dev sets from round 19 on.
                new Bounds("/safety/w18.tsv", 0, 36, 39, 4),
                // Round 19's final set (ojek drivers and market sellers of Oesao, Lili and
                // Camplong;
                // coastal Muslim families of Sulamu and Kupang Barat with daughters in Saudi
                // Arabia,
                // Qatar, Singapore and Hong Kong; a kepala dusun, a camat's clerk, a Babinsa and a
                // teacher; English writers from a Hong Kong employer to a polished "recruiter"),
                // evaluated once with the round-19 release: 0 false alarms, 36/40 alarmed (English
                // 11/13, Indonesian 13/14, Kupang Malay 12/13), 39/40 hotlines first, 10/40
                // ordinary asked. w18 with the release: unchanged (0, 36, 39, 4). A dev set from
                // round 20 (safety20, by cause from its misses: "attacked her" is harm, the writer
                // inside a scam compound, men pulling a crying girl into a house): 0 false alarms,
                // 36 -> 38/40 alarmed (English 11 -> 12/13), 39 -> 40/40 hotlines first, 10/40
                // asked; every other set unchanged.
                new Bounds("/safety/final16.tsv", 0, 38, 40, 10),

                // Round 20's new writer (w19: undocumented plantation and building workers in Sabah
                // and Sarawak and their wives; young women in Kota Kupang's salons, karaoke bars
                // and
                // cafes; LPK students for Japan and Korea and their parents; English writers from a
                // Japanese supervising organisation to a cruise-ship seafarer), scored only, on
                // main
                // d3a26af before round 20: 0 false alarms, 39/40 alarmed (English 13/13, Indonesian
                // 14/14, Kupang Malay 12/13), 40/40 hotlines first, 1/40 ordinary asked.
                new Bounds("/safety/w19.tsv", 0, 39, 40, 1),
                // Round 20's final set (final17: young gamers and footballers of Kupang Tengah,
                // Taebenu and Kota Kupang recruited on Telegram and Discord for scam compounds;
                // widows and single mothers in debt in Amarasi Timur, Amabi Oefeto and Fatuleu;
                // church youth and PKK leaders; English writers from a Cambodian anti-scam NGO to
                // a nurse in New Zealand), evaluated once with the round-20 release: 0 false
                // alarms, 38/40 alarmed (English 12/13, Indonesian 13/14, Kupang Malay 13/13),
                // 40/40 hotlines first, 4/40 ordinary asked.
                new Bounds("/safety/final17.tsv", 0, 38, 40, 4),
                // Round 21's new writer (w20: parents and siblings in Amfoang and Kupang Tengah
                // dictating by voice; domestic workers now in Hong Kong, Singapore, Brunei, Saudi
                // Arabia and the Emirates; ojek drivers, kiosk owners and a village secretary asked
                // to find people for a calo; English writers from a Hong Kong caseworker to a
                // Taiwanese vessel inspector), scored only, on main db9e520d before round 21: 0
                // false alarms, 36/40 alarmed (English 10/13, Indonesian 13/14, Kupang Malay
                // 13/13), 38/40 hotlines first, 3/40 ordinary asked.
                new Bounds("/safety/w20.tsv", 0, 36, 38, 3),
                // Round 21's final set (final18: SMA/SMK students of Kupang Timur, Sulamu and Semau
                // on TikTok; crews of Taiwanese and Korean fishing vessels and their wives in
                // Oesapa
                // and Tablolong; returned workers who came home sick, injured or deported, and
                // relatives after a death abroad; English writers from IOM Kupang to a shelter in
                // Batam), evaluated once with the round-21 release: 0 false alarms, 40/40 alarmed
                // (English 13/13, Indonesian 14/14, Kupang Malay 13/13), 40/40 hotlines first, 5/40
                // ordinary asked. w20 with the release: unchanged (0, 36, 38, 3). A dev set from
                // round 22.
                new Bounds("/safety/final18.tsv", 0, 40, 40, 5),
                // Round 22's new writer (w21: mothers and grandmothers in Kupang Barat, Nekamese
                // and
                // Fatuleu Barat; oil-palm workers in Sabah and their undocumented children; a
                // catechist in Takari and an ojek driver in Oesao; young women offered restaurant
                // or
                // spa work in Bali, Surabaya and Batam; English writers from an Australian teacher
                // to a Filipino co-worker in Kota Kinabalu), scored only, on main bd1adf96 before
                // round 22: 0 false alarms, 39/40 alarmed (English 12/13, Indonesian 14/14, Kupang
                // Malay 13/13), 40/40 hotlines first, 8/40 ordinary asked.
                new Bounds("/safety/w21.tsv", 0, 39, 40, 8),
                // Round 22's final set (final19: girls and young women of Sulamu, Pariti and
                // Oelnasi
                // approached on Facebook and by a village "tante"; village heads asked to sign
                // letters; young men applying for Korea, Japan and PALM/RSE and their parents
                // paying
                // an LPK; workers abroad typing on a break; English writers from a New Zealand
                // orchard supervisor to a nurse in Darwin), evaluated once with the round-22
                // release
                // bd04c253: 0 false alarms, 39/40 alarmed (English 12/13, Indonesian 14/14, Kupang
                // Malay 13/13), 40/40 hotlines first, 1/40 ordinary asked. w21 with the release:
                // unchanged (0, 39, 40, 8). final19 is a dev set from round 23 on.
                new Bounds("/safety/final19.tsv", 0, 39, 40, 1),
                // Round 23's new writer (w22: mothers in Amfoang with daughters in Singapore and
                // Hong Kong, motorbike mechanics of Oenaek and Oelomin, an SMK teacher in Camplong,
                // an ojek driver to Tenau, a returned cleaner from Brunei; English writers), scored
                // only, on main 23ab3c85 before round 23: 0 false alarms, 38/40 alarmed (English
                // 12/13, Indonesian 14/14, Kupang Malay 12/13), 40/40 hotlines first, 4/40
                // ordinary asked.
                new Bounds("/safety/w22.tsv", 0, 38, 40, 4),
                // Round 24's new writer (w23: families of plantation workers in Keningau and Lahad
                // Datu, a kepala desa in Fatuleu, an Undana student, a widow of a Johor
                // construction
                // worker, "kerja proyek" on a ship via Facebook; English writers), scored only, on
                // main 079caccb before round 24: 0 false alarms, 39/40 alarmed (English 13/13,
                // Indonesian 14/14, Kupang Malay 12/13), 40/40 hotlines first, 6/40 ordinary asked.
                new Bounds("/safety/w23.tsv", 0, 39, 40, 6),
                // Round 24's final set (final21: market vendors at Pasar Oesao and bemo drivers,
                // grandparents in Takari raising grandchildren, a nursing graduate offered
                // "ausbildung" in Germany, a carer in Taiwan, a young couple in Semau, a port
                // worker
                // at Tenau; English writers), evaluated once with the round-24 release: 0 false
                // alarms, 38/40 alarmed (English 12/13, Indonesian 13/14, Kupang Malay 13/13),
                // 40/40
                // hotlines first, 7/40 ordinary asked. w22 and w23 with the release: unchanged.
                new Bounds("/safety/final21.tsv", 0, 38, 40, 7),
                // Round 23's final set (final20: weavers of Kupang Tengah and Amarasi Selatan
                // approached for café and massage work, church youth leaders, fishing-boat crews
                // for
                // Taiwan and Korea and their wives, a nurse's aide for Japan, a Sarawak timber
                // camp;
                // English writers), evaluated once with the round-23 release 4dc550ea: 0 false
                // alarms, 37/40 alarmed (English 13/13, Indonesian 12/14, Kupang Malay 12/13),
                // 39/40
                // hotlines first, 3/40 ordinary asked. w22 with the release: unchanged (0, 38, 40,
                // 4).
                // Round 24 (dialogue24, a dev set now, its misses read and fixed by cause: a boat
                // on fire, "baru" right before a harm beside a past word about someone else, Kupang
                // "skarang di"): 37 -> 40/40 alarmed (Indonesian 12 -> 14/14, Kupang Malay 12 ->
                // 13/13), 39 -> 40/40 hotlines first, 3/40 asked; every other set within its
                // bounds.
                new Bounds("/safety/final20.tsv", 0, 40, 40, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void falseAlarmsAndMissedEmergenciesStayWithinTheMeasuredBounds(Bounds set) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        int n = 0;
        String prefix = "eval-" + set.file().replaceAll("\\W", "") + "-";
        for (Line line : lines(set.file())) {
            String id = prefix + (n++);
            List<Reply> replies = conversations.handle(IncomingMessage.ofText(id, id, line.text()));
            boolean alarm = queue.recentUrgent(id, Duration.ofHours(1)).isPresent();
            // The hotline list's title: "Nomor …" or, answered in English, "… numbers …".
            boolean hotlines =
                    !replies.isEmpty()
                            && (replies.get(0).html().contains("Nomor")
                                    || replies.get(0).html().contains("numbers"));
            boolean cautioned =
                    replies.stream()
                            .anyMatch(
                                    r ->
                                            r.html().contains("dalam bahaya sekarang?")
                                                    || r.html().contains("in danger right now?"));
            outcomes.add(new Outcome(line, alarm, hotlines, cautioned));
            if (Boolean.getBoolean("safety.eval.verbose")
                    && !SCORED_ONLY.contains(set.file())
                    && (line.emergency() ? !alarm || !hotlines : alarm || cautioned)) {
                // dev sets only: which kinds of wording fail (never copy the lines)
                System.out.println(
                        (line.emergency()
                                        ? (alarm ? "NOHOTLINE" : "MISS")
                                        : (alarm ? "FALSE" : "ASKED"))
                                + "\t"
                                + line.lang()
                                + "\t"
                                + line.text());
            }
        }
        print(set.file(), outcomes);

        long falseAlarms =
                outcomes.stream().filter(o -> !o.line().emergency() && o.alarm()).count();
        long alarmed = outcomes.stream().filter(o -> o.line().emergency() && o.alarm()).count();
        long hotlined =
                outcomes.stream().filter(o -> o.line().emergency() && o.hotlinesFirst()).count();
        assertThat(falseAlarms)
                .as("ordinary messages that raised a staff alarm")
                .isLessThanOrEqualTo(set.falseAlarms());
        assertThat(alarmed)
                .as("emergencies that raised an alarm")
                .isGreaterThanOrEqualTo(set.alarmed());
        assertThat(hotlined)
                .as("emergencies answered with the hotlines first")
                .isGreaterThanOrEqualTo(set.hotlined());
        long cautioned =
                outcomes.stream().filter(o -> !o.line().emergency() && o.cautioned()).count();
        assertThat(cautioned)
                .as("ordinary messages asked whether anyone is in danger")
                .isLessThanOrEqualTo(set.cautioned());
    }

    private static void print(String file, List<Outcome> outcomes) {
        Map<String, long[]> byLang = new TreeMap<>();
        for (Outcome o : outcomes) {
            for (String lang : List.of(o.line().lang(), "all")) {
                long[] c = byLang.computeIfAbsent(lang, k -> new long[6]);
                // true alarms, false alarms, missed emergencies, ordinary, emergencies hotlined,
                // ordinary messages asked the danger question (over-caution)
                if (o.line().emergency()) {
                    c[o.alarm() ? 0 : 2]++;
                    c[4] += o.hotlinesFirst() ? 1 : 0;
                } else {
                    c[1] += o.alarm() ? 1 : 0;
                    c[3]++;
                    c[5] += o.cautioned() ? 1 : 0;
                }
            }
        }
        StringBuilder out =
                new StringBuilder(
                        "\n"
                                + file
                                + "   alarms: precision recall | false alarms | missed | hotlines first"
                                + " | ordinary cautioned\n");
        byLang.forEach(
                (lang, c) -> {
                    long alarms = c[0] + c[1];
                    long emergencies = c[0] + c[2];
                    out.append(
                            String.format(
                                    "%-4s  %.3f  %.3f | %d/%d | %d/%d | %d/%d | %d/%d%n",
                                    lang,
                                    alarms == 0 ? 1.0 : (double) c[0] / alarms,
                                    emergencies == 0 ? 1.0 : (double) c[0] / emergencies,
                                    c[1],
                                    c[3],
                                    c[2],
                                    emergencies,
                                    c[4],
                                    emergencies,
                                    c[5],
                                    c[3]));
                });
        System.out.println(out);
    }

    private static List<Line> lines(String file) throws Exception {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(
                                SafetyEvalSetIntegrationTests.class.getResourceAsStream(file),
                                StandardCharsets.UTF_8))) {
            String row;
            while ((row = in.readLine()) != null) {
                String[] cells = row.split("\t", 3);
                if (cells.length == 3 && !"label".equals(cells[0])) {
                    lines.add(new Line("emergency".equals(cells[0]), cells[1], cells[2]));
                }
            }
        }
        return lines;
    }
}
