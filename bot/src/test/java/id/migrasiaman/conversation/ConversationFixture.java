package id.migrasiaman.conversation;

import id.migrasiaman.conversation.commands.CancelCommand;
import id.migrasiaman.conversation.commands.LanguageCommand;
import id.migrasiaman.conversation.commands.MenuButton;
import id.migrasiaman.conversation.commands.StartCommand;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The conversation core without Spring, Telegram or MongoDB: {@link ConversationService} with the
 * core commands (start, language, cancel, menu, small talk), the features a test adds, the real
 * message texts and {@link InMemoryConversationStates}. Intents come from a fixed table, so a test
 * says what the model "understood" instead of depending on it. Runs in milliseconds.
 */
public final class ConversationFixture {

    public final InMemoryConversationStates states = new InMemoryConversationStates();
    public final Texts texts = new Texts(messages());
    public final Menus menus = new Menus(texts);

    private final List<Object> features = new ArrayList<>();
    private Map<String, Intent> intents = Map.of();
    private ConversationService service;

    /** Adds a feature: any mix of command, button, flow, intent responder and interceptor. */
    public ConversationFixture with(Object feature) {
        features.add(feature);
        service = null;
        return this;
    }

    /** What the intent model returns for these exact texts; anything else is out of scope. */
    public ConversationFixture understanding(Map<String, Intent> byText) {
        intents = Map.copyOf(byText);
        service = null;
        return this;
    }

    /** The user of {@code conversation} sends {@code text} (a leading slash is a command). */
    public List<Reply> send(String conversation, String text) {
        return service().handle(IncomingMessage.ofText(conversation, "user-" + conversation, text));
    }

    /** The user of {@code conversation} presses the button carrying {@code data}. */
    public List<Reply> press(String conversation, String data) {
        return service()
                .handle(
                        new IncomingMessage(
                                conversation,
                                "user-" + conversation,
                                new Content.Button(data),
                                null,
                                null,
                                null,
                                null));
    }

    /** Any message, e.g. a location or a reply to one of the bot's messages. */
    public List<Reply> handle(IncomingMessage message) {
        return service().handle(message);
    }

    /** The stored state of {@code conversation}. */
    public ConversationState state(String conversation) {
        return states.stored(conversation).orElseThrow();
    }

    private ConversationService service() {
        if (service == null) {
            List<Object> all = new ArrayList<>(features);
            all.add(new StartCommand(menus));
            all.add(new LanguageCommand(texts, menus));
            all.add(new CancelCommand(texts, menus, List.of()));
            all.add(new MenuButton(menus));
            SmallTalkResponder smallTalk = new SmallTalkResponder();
            ConversationMemory memory = ConversationMemory.withDefaults();
            GreetedLast greetedLast = new GreetedLast(memory);
            all.add(greetedLast);
            all.add(smallTalk.greetingResponder(texts, menus, greetedLast));
            all.add(smallTalk.outOfScopeResponder(texts, menus, greetedLast));
            MessageRouter router =
                    new MessageRouter(
                            only(all, CommandAction.class),
                            only(all, ButtonAction.class),
                            only(all, Flow.class),
                            only(all, IntentResponder.class),
                            only(all, MessageInterceptor.class),
                            only(all, SafetyCheck.class),
                            analyser(),
                            menus,
                            only(all, SituationResponder.class),
                            only(all, MediaResponder.class),
                            new EditedMessages(analyser(), texts, memory),
                            only(all, AnswerFirst.class),
                            only(all, TextHeard.class),
                            new StoryOffer(texts, menus, java.time.Clock.systemUTC()),
                            texts,
                            only(all, FlowLapse.class));
            service = new ConversationService(states, router);
        }
        return service;
    }

    private TextAnalyser analyser() {
        Map<String, Intent> table = intents;
        return text ->
                new Analysis(
                        text,
                        "id",
                        table.getOrDefault(text, Intent.OUT_OF_SCOPE),
                        0.9,
                        Entities.NONE);
    }

    private static <T> List<T> only(List<Object> all, Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "replies");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
