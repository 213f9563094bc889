package id.migrasiaman.nlp.model;

import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.features.DangerSignals.Level;
import id.migrasiaman.nlp.features.DangerSignals.Signal;

/**
 * From the models' scores to the intent the bot routes on. The emergency safety net: a missed
 * emergency costs far more than a wrong one, so a danger signal wins over a model that is unsure. A
 * strong signal rules out greeting and out-of-scope below {@code offTopicStrongBelow}; a weak one
 * ("tolong", "help") below {@code offTopicWeakBelow}, so "thanks for your help" can stay a
 * greeting. Either signal overrides another intent the model is unsure of, except in a past story.
 * Then the relevance model: a question, offer, report or story it is sure is not about working
 * abroad (probability under {@code outOfScopeBelow}) and without danger words is out of scope. An
 * emergency the model is unsure of (under {@code emergencyWithoutSignalBelow}) in a message with no
 * danger word at all goes to the model's second intent: a broken phone or a sick cow is not
 * trafficking. A danger word turns a greeting or out-of-scope message into an emergency only when
 * the relevance model gives it at least {@code offTopicSignalFrom} ("SOS my cake is collapsing",
 * "darurat!! besok ujian" stay out of scope). A call for help that names no harm ("SOS", "darurat",
 * "tolong", "help" alone) does so under {@code offTopicCallFrom}. The thresholds live in {@code
 * intent.params} and {@code relevance.params}, chosen by cross-validation.
 *
 * @param strongBelow confidence under which a strong signal overrides a domain intent
 * @param weakBelow the same for a weak signal
 * @param offTopicStrongBelow confidence in greeting/out-of-scope under which a strong signal wins
 * @param offTopicWeakBelow the same for a weak signal
 * @param outOfScopeBelow relevance under which a domain intent becomes out of scope
 * @param emergencyWithoutSignalBelow confidence in an emergency without any danger word under which
 *     the model's second intent is taken (0: never)
 * @param offTopicSignalFrom relevance from which a danger word overrides greeting/out-of-scope
 * @param offTopicCallFrom relevance from which a call for help without a harm word overrides
 *     greeting/out-of-scope
 */
public record Routing(
        double strongBelow,
        double weakBelow,
        double offTopicStrongBelow,
        double offTopicWeakBelow,
        double outOfScopeBelow,
        double emergencyWithoutSignalBelow,
        double offTopicSignalFrom,
        double offTopicCallFrom) {

    /** Thresholds without the relevance gate on the off-topic safety net. */
    public Routing(
            double strongBelow,
            double weakBelow,
            double offTopicStrongBelow,
            double offTopicWeakBelow,
            double outOfScopeBelow,
            double emergencyWithoutSignalBelow) {
        this(
                strongBelow,
                weakBelow,
                offTopicStrongBelow,
                offTopicWeakBelow,
                outOfScopeBelow,
                emergencyWithoutSignalBelow,
                0,
                0);
    }

    /** Thresholds without the rule for emergencies without danger words. */
    public Routing(
            double strongBelow,
            double weakBelow,
            double offTopicStrongBelow,
            double offTopicWeakBelow,
            double outOfScopeBelow) {
        this(strongBelow, weakBelow, offTopicStrongBelow, offTopicWeakBelow, outOfScopeBelow, 0);
    }

    /** The thresholds of the params files. */
    public static Routing of(ModelParams intent, ModelParams relevance) {
        return new Routing(
                intent.number("StrongSignalOverrideBelow", 0.8),
                intent.number("WeakSignalOverrideBelow", 0.3),
                intent.number("OffTopicStrongSignalOverrideBelow", 1.01),
                intent.number("OffTopicWeakSignalOverrideBelow", 1.01),
                relevance.number("OutOfScopeBelow", 0),
                intent.number("EmergencyWithoutSignalBelow", 0),
                relevance.number("OffTopicSignalFrom", 0),
                relevance.number("OffTopicCallFrom", 0));
    }

    /**
     * @param predicted the intent model's best intent
     * @param confidence its probability
     * @param signal the danger and time words of the message
     * @param relevance the relevance model's probability that the message is about working abroad
     */
    public Intent route(Intent predicted, double confidence, Signal signal, double relevance) {
        return route(predicted, confidence, null, signal, relevance);
    }

    /**
     * @param predicted the intent model's best intent
     * @param confidence its probability
     * @param second the model's second intent, or null
     * @param signal the danger and time words of the message
     * @param relevance the relevance model's probability that the message is about working abroad
     */
    public Intent route(
            Intent predicted, double confidence, Intent second, Signal signal, double relevance) {
        Level level = signal.effective();
        if (level == Level.NONE) {
            if (predicted == Intent.EMERGENCY
                    && second != null
                    && confidence < emergencyWithoutSignalBelow) {
                predicted = second;
            }
            return relevance < outOfScopeBelow && isDomain(predicted)
                    ? Intent.OUT_OF_SCOPE
                    : predicted;
        }
        if (predicted == Intent.EMERGENCY) {
            return predicted;
        }
        if (predicted == Intent.GREETING || predicted == Intent.OUT_OF_SCOPE) {
            if (relevance < offTopicSignalFrom
                    || (signal.callOnly() && relevance < offTopicCallFrom)) {
                return predicted;
            }
            double below = level == Level.STRONG ? offTopicStrongBelow : offTopicWeakBelow;
            return confidence < below ? Intent.EMERGENCY : predicted;
        }
        double below = level == Level.STRONG ? strongBelow : weakBelow;
        return !signal.past() && confidence < below ? Intent.EMERGENCY : predicted;
    }

    private static boolean isDomain(Intent intent) {
        return intent == Intent.PROCEDURE_QUESTION
                || intent == Intent.OFFER_CHECK
                || intent == Intent.BROKER_REPORT
                || intent == Intent.EXPERIENCE_SHARE;
    }
}
