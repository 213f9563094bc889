package id.migrasiaman.nlp;

/** Understands a message: language, intent, entities. Implementations are thread-safe. */
public interface TextAnalyser {

    /** Analyses one message. */
    Analysis analyse(String text);
}
