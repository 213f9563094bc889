package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.EmergencyStep;
import id.migrasiaman.conversation.flows.FamilyState;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.reports.ReportQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The two tiers of an emergency. {@link #raise} (a confident danger signal, or "Yes, now"): the
 * hotlines, an URGENT report and through it a staff alarm, with buttons to allow contact, to
 * withdraw, and to go back to the interrupted flow. {@link #ask} (a weak signal): the hotlines and
 * "is anyone in danger right now?", no alarm. The conversation stays in the emergency flow; the
 * flow it interrupted is kept in the emergency's data and restored on "resume", "no" or a
 * withdrawal.
 */
@Component
class Alarms {

    private static final Logger log = LoggerFactory.getLogger(Alarms.class);

    private final UrgentReports urgent;
    private final EmergencyReplies replies;
    private final ReportQueue queue;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<Flow> flows;
    private final FamilyHotlines family;
    private final ChildTold told;
    private final AskedBefore asked;
    private final PlaceMemory places;

    Alarms(
            UrgentReports urgent,
            EmergencyReplies replies,
            ReportQueue queue,
            ApplicationEventPublisher events,
            ObjectProvider<Flow> flows,
            FamilyHotlines family,
            ChildTold told,
            AskedBefore asked,
            PlaceMemory places) {
        this.places = places;
        this.asked = asked;
        this.family = family;
        this.told = told;
        this.urgent = urgent;
        this.replies = replies;
        this.queue = queue;
        this.events = events;
        this.flows = flows;
    }

    /** Notes that the conversation of {@code turn} told of a child under 18. */
    void childHeard(Turn turn) {
        told.heard(turn);
    }

    /** Hotlines, the URGENT report (or the open one of the last hour), and what comes next. */
    List<Reply> raise(Turn turn, String text, boolean minor, String country) {
        String lang = turn.language();
        answeredByTheInterruption(turn, text);
        boolean shown = turn.state().active() instanceof EmergencyState || family.shownBefore(turn);
        EmergencyState data =
                EmergencyState.over(turn.state().active(), EmergencyStep.FOLLOW)
                        .withCountry(country);
        List<Reply> out =
                new ArrayList<>(numbersFirst(lang, country, shown, text, forFamily(turn), !shown));
        stillAbroad(turn, country, out);
        // A child told her age earlier in the conversation ("aku umur 16"): staff see a minor.
        boolean child = minor || told.minor(turn);
        if (Photos.threatened(text)) {
            // Sextortion: what to do about the photos, in place of "delete this chat" (the chat is
            // the evidence); to a child, that it is not her fault and whom to tell (trial 18, D7).
            Reply photos =
                    Reply.text(
                            replies.t(lang, child ? "emergency.photos.child" : "emergency.photos"));
            if (out.size() > 1) {
                out.set(1, photos);
            } else {
                out.add(photos);
            }
        }
        UrgentReports.Opened opened;
        try {
            opened = urgent.open(turn, text, child, country);
        } catch (RuntimeException e) {
            // Even the outbox failed: the hotlines still go out, and the question stays.
            log.error("Urgent report not stored: {}", e.getClass().getSimpleName());
            turn.update(turn.state().detour(data.withText(text).at(EmergencyStep.ASK)));
            out.add(replies.question(lang, false));
            return out;
        }
        // Who is in danger is decided here, once; a joined alarm keeps the first one's text.
        String first = opened.joined() ? urgent.firstText(opened.code()) : text;
        EmergencyState alarmed =
                data.withCode(opened.code())
                        .withInDanger(WhoIsInDanger.of(first, WhoIsInDanger.fromFamilyFlow(data)));
        turn.update(turn.state().detour(alarmed));
        String interrupted = Interruptions.flowIn(alarmed).orElse(null);
        if (Despair.said(text)) {
            out.add(Reply.text(replies.t(lang, "emergency.despair")));
        }
        out.add(replies.alerted(lang, opened.code(), opened.joined(), interrupted));
        return out;
    }

    /**
     * Children about to be taken away ({@link ChildrenTakenSoon}): the alarm, with the line that a
     * child may not be placed abroad and whom to call before they leave (FACTS 1.2, 5.2, 5.3).
     */
    List<Reply> raiseForChildren(Turn turn, String text, String country) {
        List<Reply> out = new ArrayList<>(raise(turn, text, true, country));
        // "aku umur 15 …": said to the child herself, not about "them" (trial 16, D25)
        String key =
                FirstPerson.theChild(text)
                        ? "emergency.children.soon.self"
                        : "emergency.children.soon";
        out.add(Math.max(out.size() - 1, 0), Reply.text(replies.t(turn.language(), key)));
        return out;
    }

    /**
     * A typed danger message interrupts a flow: the flow may keep what it answers of its step
     * ({@link Flow#interruptedBy}) before it is set aside.
     */
    private void answeredByTheInterruption(Turn turn, String text) {
        ConversationState state = turn.state();
        if (state.active() == null
                || state.active() instanceof EmergencyState
                || !(turn.message().content() instanceof Content.Text)
                || text == null) {
            return;
        }
        flows.orderedStream()
                .filter(f -> f.name().equals(state.flowName()))
                .findFirst()
                .ifPresent(f -> f.interruptedBy(turn, text));
    }

    /** Hotlines and the one-tap question; {@code text} waits for "Yes, now". */
    List<Reply> ask(Turn turn, String text, String country, boolean details) {
        // /darurat and the menu button (details) always show every number.
        boolean shown =
                !details
                        && (turn.state().active() instanceof EmergencyState
                                || family.shownBefore(turn));
        EmergencyState data =
                EmergencyState.over(turn.state().active(), EmergencyStep.ASK).withCountry(country);
        if (text != null && !text.isBlank()) {
            data = data.withText(text);
        }
        turn.update(turn.state().detour(data));
        List<Reply> out =
                new ArrayList<>(
                        numbersFirst(
                                turn.language(),
                                country,
                                shown,
                                text,
                                forFamily(turn),
                                !shown && !details));
        stillAbroad(turn, country, out);
        if (text != null && Despair.said(text)) {
            // "sa sonde kuat lagi, rasanya mau mati": heard before anything is asked.
            out.add(Reply.text(replies.t(turn.language(), "emergency.despair")));
        }
        out.add(replies.question(turn.language(), details));
        return out;
    }

    /**
     * The hotlines first: for a crew member writing from the boat himself, what he can do, then the
     * family's part; for everyone else the country's numbers.
     */
    private List<Reply> numbersFirst(
            String lang,
            String country,
            boolean shown,
            String text,
            boolean relative,
            boolean brief) {
        if (AtSea.is(country) && AtSea.writtenAboard(text)) {
            return replies.hotlinesFirstAboard(lang, shown);
        }
        List<Reply> numbers =
                replies.hotlinesFirst(lang, country, shown, relative || SomeoneElse.inDanger(text));
        if (!"MY".equals(country) || numbers.isEmpty()) {
            return brief ? compacted(lang, numbers, country) : numbers;
        }
        // "from Sarawak": the mission that covers it, not Johor's and Tawau's lines
        List<Reply> out = new ArrayList<>(numbers);
        MalaysiaRegions.in(text)
                .ifPresent(
                        region -> {
                            Reply first = out.get(0);
                            String html =
                                    region.narrow(
                                            first.html(),
                                            replies.t(
                                                    lang, region.key(FirstPerson.aboutSelf(text))));
                            out.set(0, new Reply(html, first.keyboard(), first.requestLocation()));
                        });
        if (Referral.said(text) && out.size() > 1 && !shown) {
            out.set(out.size() - 1, Reply.text(replies.t(lang, "emergency.now.referral")));
        }
        return brief ? compacted(lang, out, country) : out;
    }

    /**
     * Home now, but came home from abroad not long ago, and this message names no place: below
     * Indonesia's numbers, those of the country they came from, under "Still in Malaysia?" (a
     * frightened person is not made to pick a flag).
     */
    private void stillAbroad(Turn turn, String country, List<Reply> numbers) {
        if (numbers.isEmpty() || country != null && !"ID".equals(country)) {
            return;
        }
        places.cameFrom(turn)
                .ifPresent(
                        from ->
                                numbers.set(
                                        0,
                                        replies.stillAbroad(
                                                turn.language(), numbers.get(0), from)));
    }

    /** {@code numbers} with its first reply, the hotline list, one number a line. */
    private List<Reply> compacted(String lang, List<Reply> numbers, String country) {
        if (numbers.isEmpty()) {
            return numbers;
        }
        List<Reply> out = new ArrayList<>(numbers);
        out.set(0, replies.compact(lang, out.get(0), country));
        return out;
    }

    /**
     * Whether the writer is a relative: the alarm interrupts the family flow ("my daughter in
     * Malaysia cannot be reached", then "mungkin dong pukul dia ko?"). What to do now is then
     * written for the family, not for the person held (trial 17, D4).
     */
    private static boolean forFamily(Turn turn) {
        FlowState active = turn.state().active();
        if (active instanceof EmergencyState emergency) {
            active = emergency.interrupted();
        }
        return active != null && FamilyState.NAME.equals(active.name());
    }

    /** "Yes, now": the alarm, with what the person wrote before if anything. */
    List<Reply> confirm(Turn turn, boolean minor) {
        Optional<EmergencyState> asking = turn.state().active(EmergencyState.class);
        String before = asking.map(EmergencyState::text).orElse("");
        String country = asking.map(Countries::known).orElse(null);
        Optional<AskedBefore.Asked> declined = asked.take(turn);
        if (before.isBlank() && declined.isPresent()) {
            // "Not now" first, the 🚨 button later: the alarm carries what raised the question.
            before = declined.get().text();
            country =
                    country != null || declined.get().country().isEmpty()
                            ? country
                            : declined.get().country();
        }
        String text = before.isBlank() ? "[Ya, sekarang]" : before + "\n[Ya, sekarang]";
        return raise(turn, text, minor, country);
    }

    /** A question typed instead of an answer counts as "not now": what raised it is kept. */
    void keepAsked(Turn turn) {
        asked.declined(turn);
    }

    /** "No": nothing is sent; back to where the person was. */
    List<Reply> decline(Turn turn) {
        asked.declined(turn);
        List<Reply> out = new ArrayList<>();
        String lang = turn.language();
        out.add(Reply.text(replies.t(lang, "emergency.declined")));
        out.addAll(backToFlow(turn));
        return out;
    }

    /** "Not an emergency / pressed by mistake": the report is marked so, staff see it. */
    List<Reply> withdraw(Turn turn, String code) {
        String lang = turn.language();
        boolean withdrawn;
        try {
            withdrawn = queue.withdraw(code, turn.message().userPseudonym());
        } catch (RuntimeException e) {
            log.warn("Withdrawal of {} failed: {}", code, e.getClass().getSimpleName());
            return List.of(Reply.text(replies.t(lang, "emergency.contact.failed")));
        }
        if (!withdrawn) {
            return List.of(Reply.text(replies.t(lang, "emergency.withdraw.refused")));
        }
        events.publishEvent(new UrgentWithdrawn(code));
        List<Reply> out = new ArrayList<>();
        out.add(Reply.text(replies.t(lang, "emergency.withdrawn", code)));
        out.addAll(backToFlow(turn));
        return out;
    }

    /** Back to the interrupted flow at the question it was waiting on, or to the menu. */
    List<Reply> backToFlow(Turn turn) {
        ConversationState state = turn.state();
        String lang = turn.language();
        boolean inEmergency = state.active() instanceof EmergencyState;
        Optional<ConversationState> restored = Interruptions.restore(state);
        if (restored.isEmpty()) {
            if (inEmergency) {
                turn.update(state.withoutFlow());
            }
            return List.of(replies.withMenu(replies.t(lang, "menu.prompt"), lang));
        }
        turn.update(restored.get());
        List<Reply> asked =
                flows.orderedStream()
                        .filter(f -> f.name().equals(restored.get().flowName()))
                        .findFirst()
                        .map(f -> f.resume(turn))
                        .orElse(List.of());
        return asked.isEmpty()
                ? List.of(Reply.text(replies.t(lang, "emergency.resume.generic")))
                : asked;
    }
}
