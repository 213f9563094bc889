package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.knowledge.Answers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The texts of an emergency. Hotlines (from content/hotlines.yml, for the person's country when
 * known) always come first; when the country is not known, buttons offer the numbers abroad.
 */
@Component
class EmergencyReplies {

    private final Answers answers;
    private final Texts texts;
    private final Menus menus;

    EmergencyReplies(Answers answers, Texts texts, Menus menus) {
        this.answers = answers;
        this.texts = texts;
        this.menus = menus;
    }

    /** Hotlines for {@code country} (null: unknown), then what to do now with a location button. */
    List<Reply> hotlinesFirst(String lang, String country) {
        return List.of(hotlines(lang, country), now(lang));
    }

    /**
     * The hotlines once more within one emergency: the full list the first time, later only the
     * numbers for the person's country and how to see them all ({@code /darurat}).
     */
    List<Reply> hotlinesFirst(String lang, String country, boolean shownBefore) {
        return shownBefore ? List.of(shortHotlines(lang, country)) : hotlinesFirst(lang, country);
    }

    /**
     * As {@link #hotlinesFirst(String, String, boolean)}; when the writer is not the person in
     * danger ({@code forSomeoneElse}: a mother at home), what to do now without asking for the
     * writer's location.
     */
    List<Reply> hotlinesFirst(
            String lang, String country, boolean shownBefore, boolean forSomeoneElse) {
        if (shownBefore || !forSomeoneElse) {
            return hotlinesFirst(lang, country, shownBefore);
        }
        return List.of(hotlines(lang, country), Reply.text(t(lang, "emergency.now.other")));
    }

    /**
     * The numbers of {@code country} (Indonesia's when unknown), one line each without the
     * explanations, then "/darurat for all numbers".
     */
    Reply shortHotlines(String lang, String country) {
        if (AtSea.is(country)) {
            return Reply.text(atSea(lang, AtSea.flagOf(country)));
        }
        String full = answers.hotlines(lang, country == null ? "ID" : country);
        String[] blocks = full.split("\n\n");
        StringBuilder out = new StringBuilder(blocks[0]);
        boolean any = false;
        for (int i = 1; i < blocks.length; i++) {
            String block = blocks[i];
            if (block.startsWith("• ")) {
                out.append('\n').append(block.lines().findFirst().orElse(block));
                any = true;
            } else if (any) {
                break;
            } else if (!block.startsWith("<b>")) {
                out.append('\n').append(block);
            }
        }
        out.append("\n\n").append(t(lang, "emergency.short.more"));
        return Reply.text(out.toString());
    }

    /**
     * {@code first}, a hotline list, with each number on one line and without what it is for, so
     * that the first reply of an emergency fits a cheap phone's screen (trial 17, D34); the whole
     * list is a tap away for a country on the emergency buttons, else {@code /darurat}.
     */
    Reply compact(String lang, Reply first, String country) {
        if (AtSea.is(country)) {
            return first;
        }
        StringBuilder out = new StringBuilder();
        boolean bulletBefore = false;
        for (String block : first.html().split("\n\n")) {
            boolean bullet = block.startsWith("• ");
            if (!out.isEmpty()) {
                out.append(bullet && bulletBefore ? "\n" : "\n\n");
            }
            out.append(bullet ? block.lines().findFirst().orElse(block) : block);
            bulletBefore = bullet;
        }
        List<List<Reply.Button>> rows = new ArrayList<>(first.keyboard());
        if (country != null && Destination.onEmergencyButtons(country)) {
            rows.add(
                    0,
                    List.of(
                            new Reply.Button(
                                    t(lang, "emergency.all"),
                                    AlarmButtons.PREFIX + "h:" + country)));
        } else {
            out.append("\n\n").append(t(lang, "emergency.short.more"));
        }
        return new Reply(out.toString(), rows, first.requestLocation());
    }

    /**
     * {@code first}, Indonesia's numbers, with the own numbers of the country the person came home
     * from below, one a line, under "Still in Malaysia?"; for Malaysia only the missions of the
     * region they named. Nothing of Indonesia's (no 110) is in that part.
     */
    Reply stillAbroad(String lang, Reply first, CameHome.From from) {
        String label =
                Destination.of(from.country()).map(d -> d.label(lang)).orElse(from.country());
        StringBuilder out =
                new StringBuilder(first.html())
                        .append("\n\n<b>")
                        .append(t(lang, "emergency.still.abroad", Html.escape(label)))
                        .append("</b>");
        String[] blocks = answers.hotlines(lang, from.country()).split("\n\n");
        for (int i = 1; i < blocks.length && blocks[i].startsWith("• "); i++) {
            String line = blocks[i].lines().findFirst().orElse(blocks[i]);
            if (from.region() == null || from.region().covers(line)) {
                out.append('\n').append(line);
            }
        }
        return new Reply(out.toString(), first.keyboard(), first.requestLocation());
    }

    /**
     * The bold title of topic {@code id} and a line break, for a reply that answers that topic's
     * question for one case; empty when the topic is not in the content.
     */
    String topicHead(String lang, String id) {
        return answers.answer(id, lang)
                .map(a -> "<b>" + Html.escape(a.title()) + "</b>\n")
                .orElse("");
    }

    String hotlinesHtml(String lang, String country) {
        if (AtSea.is(country)) {
            return atSea(lang, AtSea.flagOf(country));
        }
        return answers.hotlines(lang, country == null ? "ID" : country);
    }

    /**
     * For the crew member himself, writing from the boat: what he can do when he has signal and at
     * the next port, then the family's lines as a second part (trial 12, D28).
     */
    List<Reply> hotlinesFirstAboard(String lang, boolean shownBefore) {
        String self =
                "<b>" + t(lang, "emergency.sea.title") + "</b>\n\n" + t(lang, "emergency.sea.self");
        return shownBefore
                ? List.of(Reply.text(self))
                : List.of(Reply.text(self), Reply.text(familyAtSea(lang, "emergency.sea.family")));
    }

    /**
     * For a crew member at sea: no land number, but the lines a family in Indonesia can reach
     * (KP2MI and the Foreign Ministry's, from content/hotlines.yml) and what to tell them.
     */
    String atSea(String lang, String flag) {
        // Only Taiwan has a line a crew member can call from its waters and ports (FACTS 11.11).
        String flagLine = "TW".equals(flag) ? "\n\n" + t(lang, "emergency.sea.flag.TW") : "";
        return "<b>"
                + t(lang, "emergency.sea.title")
                + "</b>\n\n"
                + familyAtSea(lang, "emergency.sea.intro")
                + flagLine;
    }

    private String familyAtSea(String lang, String introKey) {
        StringBuilder out = new StringBuilder(t(lang, introKey));
        for (String block : answers.hotlines(lang, "ID").split("\n\n")) {
            String first = block.lines().findFirst().orElse("");
            if (block.startsWith("• ") && FOR_FAMILIES.matcher(first).find()) {
                out.append("\n\n").append(block);
            }
        }
        return out.append("\n\n").append(t(lang, "emergency.sea.tell")).toString();
    }

    /** The lines for families of workers abroad and at sea (FACTS 11.1, 14.5). */
    private static final java.util.regex.Pattern FOR_FAMILIES =
            java.util.regex.Pattern.compile("KP2MI|Kemlu|Foreign Ministry");

    /**
     * The Indonesian missions and KP2MI for {@code country}, without the local police: for someone
     * who fears arrest there (undocumented, wants to go home).
     */
    Reply missions(String lang, String country) {
        String full = answers.hotlines(lang, country);
        StringBuilder out = new StringBuilder("<b>" + t(lang, "emergency.missions") + "</b>");
        for (String block : full.split("\n\n")) {
            String first = block.lines().findFirst().orElse("");
            if (block.startsWith("• ") && MISSION.matcher(first).find()) {
                out.append("\n\n").append(block);
            }
        }
        return Reply.text(out.toString());
    }

    private static final java.util.regex.Pattern MISSION =
            java.util.regex.Pattern.compile(
                    "KBRI|KJRI|Konsulat|Consulate|Embassy|KDEI|KP2MI|Kemlu|Perwakilan");

    /** The hotlines only; abroad buttons when the country is unknown. */
    Reply hotlines(String lang, String country) {
        if (AtSea.is(country)) {
            return Reply.text(atSea(lang, AtSea.flagOf(country)));
        }
        String html = answers.hotlines(lang, country);
        if (country != null) {
            return Reply.text(html);
        }
        List<List<Reply.Button>> rows = new ArrayList<>();
        List<Reply.Button> row = new ArrayList<>();
        List<Destination> offered = new ArrayList<>(Destination.WITH_OWN_HOTLINES);
        offered.addAll(Destination.SCAM_COMPOUNDS);
        for (Destination d : offered) {
            row.add(new Reply.Button(d.flagged(lang), AlarmButtons.PREFIX + "h:" + d.name()));
            if (row.size() == 2) {
                rows.add(List.copyOf(row));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        return Reply.withButtons(html + "\n\n" + t(lang, "emergency.abroad"), rows);
    }

    private Reply now(String lang) {
        return new Reply(t(lang, "emergency.now"), List.of(), true);
    }

    /** "Is anyone in danger right now?" with Yes, now / No. */
    Reply question(String lang, boolean details) {
        return Reply.withButtons(
                t(lang, details ? "emergency.question.details" : "emergency.question"),
                yesNo(lang));
    }

    /**
     * The question again below a message that was read and kept while it waited: short, as its two
     * buttons, saying that what was written goes with "Yes, now".
     */
    Reply stillAsking(String lang, boolean answered) {
        return Reply.withButtons(
                t(lang, answered ? "emergency.question.kept.answered" : "emergency.question.kept"),
                yesNo(lang));
    }

    /** A question typed instead of an answer is taken as "not now"; "Yes, now" stays a tap away. */
    Reply notNow(String lang) {
        return Reply.withButtons(
                t(lang, "emergency.question.notnow"),
                List.of(
                        List.of(
                                new Reply.Button(
                                        t(lang, "emergency.yes"), AlarmButtons.PREFIX + "yes"))));
    }

    /** The danger question's two buttons: "Yes, now" and "No". */
    private List<List<Reply.Button>> yesNo(String lang) {
        return List.of(
                List.of(
                        new Reply.Button(t(lang, "emergency.yes"), AlarmButtons.PREFIX + "yes"),
                        new Reply.Button(t(lang, "emergency.no"), AlarmButtons.PREFIX + "no")));
    }

    /** Staff alerted (or the alarm joined the open one), with contact, withdraw and resume. */
    Reply alerted(String lang, String code, boolean joined, String interruptedFlow) {
        String key = joined ? "emergency.joined" : "emergency.alerted";
        return Reply.withButtons(texts.get(lang, key, code), rows(lang, code, interruptedFlow));
    }

    /**
     * The buttons under every message of an open emergency, always in this order so that a
     * panicking person's "1" never changes meaning: contact, not an emergency, back to the
     * interrupted flow (if any), menu.
     */
    List<List<Reply.Button>> rows(String lang, String code, String interruptedFlow) {
        List<List<Reply.Button>> rows = new ArrayList<>();
        rows.add(List.of(new Reply.Button(t(lang, "emergency.contact"), "e:contact:" + code)));
        rows.add(withdrawRow(lang, code));
        if (interruptedFlow != null) {
            rows.add(List.of(resumeButton(lang, interruptedFlow)));
        }
        rows.add(List.of(menus.backButton(lang)));
        return rows;
    }

    /** "Really not an emergency?" before an alarm is downgraded: one more tap. */
    Reply confirmWithdraw(String lang, String code) {
        return Reply.withButtons(
                texts.get(lang, "emergency.withdraw.confirm", code),
                List.of(
                        List.of(
                                new Reply.Button(
                                        t(lang, "emergency.withdraw.sure"),
                                        AlarmButtons.PREFIX + "sure:" + code)),
                        List.of(
                                new Reply.Button(
                                        t(lang, "emergency.withdraw.stay"),
                                        AlarmButtons.PREFIX + "stay"))));
    }

    /**
     * The person says after the alarm that no one is in danger: nothing of it is filed, and one tap
     * marks the alarm "not an emergency" (a second confirms, as every withdrawal).
     */
    Reply notInDanger(String lang, String code) {
        return Reply.withButtons(
                texts.get(lang, "emergency.safe.after", code),
                List.of(withdrawRow(lang, code), List.of(menus.backButton(lang))));
    }

    /** "The urgent report stays open", with the emergency's buttons. */
    Reply active(String lang, String code, String interruptedFlow) {
        return Reply.withButtons(
                texts.get(lang, "emergency.active", code), rows(lang, code, interruptedFlow));
    }

    /**
     * "You're welcome, take care" after the alarm: the status is not told again on a thank-you
     * (trial 16, D5); the emergency's buttons stay.
     */
    Reply thanked(String lang, String code, String interruptedFlow) {
        return Reply.withButtons(
                texts.get(lang, "emergency.thanks"), rows(lang, code, interruptedFlow));
    }

    List<Reply.Button> withdrawRow(String lang, String code) {
        return List.of(
                new Reply.Button(
                        t(lang, "emergency.withdraw"), AlarmButtons.PREFIX + "withdraw:" + code));
    }

    Reply.Button resumeButton(String lang, String flow) {
        return new Reply.Button(
                texts.get(lang, "emergency.resume", flowLabel(lang, flow)),
                AlarmButtons.PREFIX + "resume");
    }

    /** "Tercatat": what was typed is kept in the flow, which goes on after the question. */
    Reply flowKept(String lang, String flow) {
        return Reply.text(texts.get(lang, "emergency.flow.kept", flowLabel(lang, flow)));
    }

    private String flowLabel(String lang, String flow) {
        return switch (flow) {
            case "report", "story", "append", "family", "satgas" ->
                    t(lang, "emergency.flow." + flow);
            default -> t(lang, "emergency.flow.other");
        };
    }

    Reply contactSaved(String lang, String code) {
        return Reply.withButtons(
                t(lang, "emergency.contact.saved"),
                List.of(
                        List.of(
                                new Reply.Button(
                                        t(lang, "emergency.contact.withdraw"),
                                        "e:nocontact:" + code)),
                        List.of(menus.backButton(lang))));
    }

    Reply added(String lang, String code, String interruptedFlow) {
        return Reply.withButtons(
                texts.get(lang, "emergency.added", code), rows(lang, code, interruptedFlow));
    }

    /** How to reach the person (no calls, messages only) added: officers will not call. */
    Reply noCalls(String lang, String code, String interruptedFlow) {
        return Reply.withButtons(
                texts.get(lang, "emergency.nocalls", code), rows(lang, code, interruptedFlow));
    }

    /** A plain message with the main menu under it. */
    Reply withMenu(String html, String lang) {
        return Reply.withButtons(html, menus.mainKeyboard(lang));
    }

    String t(String lang, String key, Object... args) {
        return texts.get(lang, key, args);
    }
}
