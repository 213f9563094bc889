package id.migrasiaman.nlp;

/**
 * Routes messages with danger signals to {@link Intent#EMERGENCY} whatever the model thinks: a
 * missed emergency costs far more than a wrong one. Any signal rules out greeting and out-of-scope;
 * a strong signal also overrides another intent the model is unsure of.
 */
final class SafetyNet {

    private final double strongBelow;
    private final double weakBelow;

    /**
     * @param strongBelow the model confidence under which a strong signal wins over the model's
     *     intent ({@code intent.params} key {@code StrongSignalOverrideBelow})
     * @param weakBelow the same for a weak signal ({@code WeakSignalOverrideBelow})
     */
    SafetyNet(double strongBelow, double weakBelow) {
        this.strongBelow = strongBelow;
        this.weakBelow = weakBelow;
    }

    /**
     * @param past whether the message tells a past story, where a signal does not override
     */
    Intent route(Intent predicted, double confidence, DangerSignals.Level danger, boolean past) {
        if (danger == DangerSignals.Level.NONE || predicted == Intent.EMERGENCY) {
            return predicted;
        }
        if (predicted == Intent.GREETING || predicted == Intent.OUT_OF_SCOPE) {
            return Intent.EMERGENCY;
        }
        double below = danger == DangerSignals.Level.STRONG ? strongBelow : weakBelow;
        return !past && confidence < below ? Intent.EMERGENCY : predicted;
    }
}
