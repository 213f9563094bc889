package id.migrasiaman.store;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.flows.AppendState;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.EmergencyStep;
import id.migrasiaman.conversation.flows.FamilyState;
import id.migrasiaman.conversation.flows.FamilyStep;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.conversation.flows.MediaState;
import id.migrasiaman.conversation.flows.MediaStep;
import id.migrasiaman.conversation.flows.OfferState;
import id.migrasiaman.conversation.flows.OfferStep;
import id.migrasiaman.conversation.flows.PendingFile;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.conversation.flows.SatgasState;
import id.migrasiaman.conversation.flows.StoryState;
import id.migrasiaman.conversation.flows.StoryStep;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads conversations stored before the flows were typed: a {@code flow} name, a {@code step} name
 * and a flat {@code data} map of strings (lists comma-joined, an interrupted flow url-encoded under
 * {@code stash.*}, a detour's return point under {@code ret.*}). A running deployment keeps its
 * unfinished reports across the upgrade; the next save writes the typed form.
 */
final class LegacyFlows {

    private LegacyFlows() {}

    /** The typed state of an old {@code flow}/{@code step}/{@code data}; null when none. */
    static FlowState flow(String flow, String step, Map<String, String> data) {
        if (flow == null || flow.isBlank()) {
            return null;
        }
        return switch (flow) {
            case ReportState.NAME -> report(step, data);
            case AppendState.NAME -> new AppendState(data.get("code"));
            case SatgasState.NAME -> {
                Map<String, String> kept = new HashMap<>();
                data.forEach(
                        (k, v) -> {
                            if (k.startsWith("ret.d.")) {
                                kept.put(k.substring("ret.d.".length()), v);
                            }
                        });
                FlowState back = flow(data.get("ret.flow"), data.get("ret.step"), kept);
                yield new SatgasState(data.get("code"), back instanceof SatgasState ? null : back);
            }
            case MediaState.NAME ->
                    new MediaState(
                            enumOr(MediaStep.class, step, MediaStep.CHOOSE),
                            files(data),
                            data.get("caption"));
            case StoryState.NAME ->
                    new StoryState(
                            enumOr(StoryStep.class, step, StoryStep.INTRO),
                            data.get("nonce"),
                            data.get("country"),
                            data.get("route"),
                            data.get("text"),
                            data.get("advice"));
            case EmergencyState.NAME -> {
                FlowState interrupted =
                        flow(
                                data.get("stash.flow"),
                                data.get("stash.step"),
                                decode(data.getOrDefault("stash.data", "")));
                yield new EmergencyState(
                        enumOr(EmergencyStep.class, step, EmergencyStep.ASK),
                        data.get("code"),
                        data.get("text"),
                        data.get("country"),
                        data.get("pending"),
                        interrupted instanceof EmergencyState ? null : interrupted);
            }
            case FamilyState.NAME ->
                    new FamilyState(
                            FamilyStep.of(step),
                            data.get("nonce"),
                            data.get("story"),
                            list(data.get("dest")),
                            data.get("NAME"),
                            data.get("PLACE"),
                            data.get("EMPLOYER"),
                            data.get("LAST"),
                            data.get("contact"),
                            data.get("code"),
                            files(data));
            case OfferState.NAME ->
                    new OfferState(enumOr(OfferStep.class, step, OfferStep.DESCRIBE));
            default -> null;
        };
    }

    /** The topic or offer an old conversation's data recalls; null when none. */
    static Recall recall(Map<String, String> data) {
        String kind = data.get("ctx.kind");
        String at = data.get("ctx.at");
        if (kind == null || at == null) {
            return null;
        }
        try {
            Instant when = Instant.ofEpochSecond(Long.parseLong(at));
            return "offer".equals(kind)
                    ? Recall.offer(data.getOrDefault("offer", ""), when)
                    : Recall.topic(data.getOrDefault("ctx.topic", ""), data.get("ctx.text"), when);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ReportState report(String step, Map<String, String> d) {
        return new ReportState(
                ReportStep.of(step),
                "true".equals(d.get("editing")),
                d.get("nonce"),
                d.get("what"),
                d.get("who"),
                d.get("kecamatan"),
                d.get("village"),
                number(d.get("lat")),
                number(d.get("lon")),
                d.get("when"),
                d.get("route"),
                d.get("victims"),
                d.get("minors"),
                d.get("people"),
                d.get("contact"),
                list(d.get("evidence")),
                list(d.get("phones")),
                list(d.get("destinations")),
                list(d.get("transits")));
    }

    /** Files kept as {@code file.N} = kind|size|handle[|uniqueId], {@code files} = count. */
    private static List<PendingFile> files(Map<String, String> data) {
        List<PendingFile> out = new ArrayList<>();
        int count;
        try {
            count = Integer.parseInt(data.getOrDefault("files", "0"));
        } catch (NumberFormatException e) {
            return out;
        }
        for (int i = 0; i < Math.min(count, PendingFile.MAX); i++) {
            String[] p = data.getOrDefault("file." + i, "").split("\\|", -1);
            if (p.length == 3 || p.length == 4) {
                try {
                    out.add(
                            new PendingFile(
                                    Content.MediaKind.valueOf(p[0]),
                                    Long.parseLong(p[1]),
                                    p[2],
                                    p.length == 4 && !p[3].isEmpty() ? p[3] : null));
                } catch (IllegalArgumentException e) {
                    // A damaged entry is left out; the others still wait.
                }
            }
        }
        return out;
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static Double number(String value) {
        try {
            return value == null || value.isBlank() ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E first) {
        try {
            return name == null ? first : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return first;
        }
    }

    /** The url-encoded {@code k=v&k=v} form an emergency kept the interrupted flow's data in. */
    static Map<String, String> decode(String encoded) {
        Map<String, String> data = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return data;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                data.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return data;
    }
}
