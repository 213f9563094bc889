package id.migrasiaman.emergency;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;

import id.migrasiaman.telegram.BotReplies;
import id.migrasiaman.telegram.FakeBotApi;
import java.util.List;
import java.util.regex.Pattern;

/** What the staff chat received from the fake Bot API, and report codes in replies. */
final class StaffChat {

    static final Pattern CODE = BotReplies.REPORT_CODE;

    private StaffChat() {}

    /** The texts sent to {@code chat} so far. */
    static List<String> messages(FakeBotApi api, String chat) {
        return api
                .server()
                .findAll(
                        postRequestedFor(FakeBotApi.method("sendMessage"))
                                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chat))))
                .stream()
                .map(r -> r.getBodyAsString())
                .toList();
    }

    /** The first report code in {@code text}. */
    static String codeIn(String text) {
        return BotReplies.reportCode(text);
    }
}
