package id.migrasiaman.nlp;

/**
 * Routes messages with danger signals to {@link Intent#EMERGENCY} whatever the model thinks: a
 * missed emergency costs far more than a wrong one. Any signal rules out greeting and out-of-scope;
 * a strong signal also overrides another intent the model is unsure of.
 */
final class SafetyNet {

    private final double overrideBelow;

    /**
     * @param overrideBelow the model confidence under which a strong signal wins over the model's
     *     intent (from {@code intent.params}, key {@code StrongSignalOverrideBelow})
     */
    SafetyNet(double overrideBelow) {
        this.overrideBelow = overrideBelow;
    }

    Intent route(Intent predicted, double confidence, DangerSignals.Level danger) {
        if (danger == DangerSignals.Level.NONE || predicted == Intent.EMERGENCY) {
            return predicted;
        }
        if (predicted == Intent.GREETING || predicted == Intent.OUT_OF_SCOPE) {
            return Intent.EMERGENCY;
        }
        boolean unsure = confidence < overrideBelow;
        return danger == DangerSignals.Level.STRONG && unsure ? Intent.EMERGENCY : predicted;
    }
}
