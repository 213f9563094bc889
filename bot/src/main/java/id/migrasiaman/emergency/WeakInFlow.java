package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SafetyCheck;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.TypedAnswer;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.FamilyState;
import id.migrasiaman.conversation.flows.FamilyStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A weak danger signal ("tolong", fear, a missing person, harm told as a story) typed inside a
 * flow: the flow first keeps the text as usual (nothing typed is lost), then the hotlines and "is
 * anyone in danger now?" follow, with the flow (at its next question) kept for "go back". Asked
 * once per flow within an hour, so a story full of hard memories is not interrupted at every line;
 * that memory is per instance ({@link ConversationMemory}: another instance may ask once more).
 */
@Component
class WeakInFlow {

    /** The flows that take free text and ask on a weak signal. */
    static final Set<String> FLOWS = Set.of("report", "story", "append", "family", "satgas");

    private static final Duration ASK_ONCE = Duration.ofHours(1);

    /** "Asked in this flow within the hour", one fact per flow. */
    private static final Map<String, ConversationMemory.Fact<Boolean>> ASKED_IN =
            FLOWS.stream()
                    .collect(
                            Collectors.toUnmodifiableMap(
                                    Function.identity(),
                                    flow ->
                                            new ConversationMemory.Fact<>(
                                                    "emergency.asked-in." + flow,
                                                    Boolean.class,
                                                    ASK_ONCE)));

    private final Alarms alarms;
    private final EmergencyReplies replies;
    private final ConversationMemory memory;

    WeakInFlow(Alarms alarms, EmergencyReplies replies, ConversationMemory memory) {
        this.alarms = alarms;
        this.replies = replies;
        this.memory = memory;
    }

    /** Whether a weak signal in the current state is this class's to handle. */
    boolean applies(Turn turn) {
        ConversationState state = turn.state();
        if (state.flowName() == null || !FLOWS.contains(state.flowName())) {
            return false;
        }
        // The family flow asks the same question itself and, once urgent, adds everything.
        // Past that question, "sy tdk tau dia dmn" answers a step ("where is he?"): the family
        // already said whether someone is in danger now, and a don't-know tells nothing new.
        boolean familyAsks =
                state.active(FamilyState.class)
                        .map(
                                f ->
                                        f.step() == FamilyStep.DANGER
                                                || !f.code().isEmpty()
                                                || TypedAnswer.dontKnow(textOf(turn)))
                        .orElse(false);
        return !familyAsks && !asked(turn.message().conversationId(), state.flowName());
    }

    /** Whether this instance asked in {@code flow} of {@code conversation} within the hour. */
    boolean asked(String conversation, String flow) {
        return flow != null
                && ASKED_IN.containsKey(flow)
                && memory.has(conversation, ASKED_IN.get(flow));
    }

    /** The flow takes the text, then the hotlines and the one-tap question. */
    List<Reply> handle(Turn turn, String text, String country, SafetyCheck.Routing routing) {
        String flow = turn.state().flowName();
        if (flow != null && ASKED_IN.containsKey(flow)) {
            memory.put(turn.message().conversationId(), ASKED_IN.get(flow), Boolean.TRUE);
        }
        Object before = turn.state().active();
        List<Reply> taken = routing.asUsual(turn);
        ConversationState after = turn.state();
        if (after.active() instanceof EmergencyState) {
            return taken;
        }
        List<Reply> out = new ArrayList<>();
        List<Reply> asking = alarms.ask(turn, text, country, false);
        out.addAll(asking.subList(0, asking.size() - 1));
        if (flow.equals(after.flowName())) {
            // The flow asks its next question after this one ("Tidak" or "continue"); "kept" is
            // said only when it kept something ("tolong dong kak" is no answer to "who?").
            if (!after.active().equals(before)) {
                out.add(replies.flowKept(turn.language(), flow));
            }
        } else {
            // The flow handed the text on (a question, another topic): its answer stays.
            out.addAll(taken);
        }
        out.add(asking.get(asking.size() - 1));
        return out;
    }

    private static String textOf(Turn turn) {
        return turn.message().content() instanceof Content.Text t ? t.text() : null;
    }
}
