package id.migrasiaman;

/** What a client may do to button data it was offered, for the callback-data properties. */
public final class ForgedCallbackData {

    private ForgedCallbackData() {}

    /** {@code data} with {@code noise} appended, cut off, prefixed, or its separators replaced. */
    public static String mutate(String data, String noise, int how) {
        return switch (how) {
            case 0 -> data + noise;
            case 1 -> data.substring(0, Math.max(0, data.length() - 1 - noise.length()));
            case 2 -> noise + data;
            default -> data.replace(':', noise.isEmpty() ? ';' : noise.charAt(0));
        };
    }
}
