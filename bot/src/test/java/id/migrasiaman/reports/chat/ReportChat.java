package id.migrasiaman.reports.chat;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.knowledge.Answers;
import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.SubmitResult;
import id.migrasiaman.reports.evidence.EvidenceDownloads;
import id.migrasiaman.reports.evidence.EvidenceIntake;

/** The guided report on the in-memory conversation core, with a queue that stores every report. */
final class ReportChat {

    private ReportChat() {}

    /** The report flow alone (its buttons, /batal). */
    static ConversationFixture flowOnly() {
        return fixture(false);
    }

    /** The report flow and its ways in (/lapor, a message understood as a report). */
    static ConversationFixture withEntry() {
        return fixture(true);
    }

    /** The report flow of {@code chat}, storing into {@code queue}, with {@code evidence}. */
    static ReportFlow flow(ConversationFixture chat, ReportQueue queue, EvidenceIntake evidence) {
        TextAnalyser analyser =
                text -> new Analysis(text, "id", Intent.OUT_OF_SCOPE, 0.9, Entities.NONE);
        ReportPrompts prompts = new ReportPrompts(chat.texts);
        return new ReportFlow(
                prompts,
                new ReportSummary(prompts),
                new ReportSubmission(
                        queue, mock(EvidenceDownloads.class), analyser, prompts, chat.menus),
                evidence,
                chat.menus,
                analyser,
                new ToldBefore(ConversationMemory.withDefaults()));
    }

    private static ConversationFixture fixture(boolean entry) {
        ConversationFixture chat = new ConversationFixture();
        ReportQueue queue = mock(ReportQueue.class);
        when(queue.submit(any()))
                .thenReturn(new SubmitResult("MA-TEST0001", SubmitResult.Outcome.STORED));
        ReportFlow flow = flow(chat, queue, mock(EvidenceIntake.class));
        chat.with(flow);
        if (entry) {
            TextAnalyser analyser =
                    text -> new Analysis(text, "id", Intent.OUT_OF_SCOPE, 0.9, Entities.NONE);
            chat.with(
                    new ReportEntry(
                            flow,
                            mock(Retrieval.class),
                            mock(Answers.class),
                            analyser,
                            chat.texts));
        }
        return chat;
    }
}
