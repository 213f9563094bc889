package id.migrasiaman.conversation.flows;

import java.util.ArrayList;
import java.util.List;

/** Files that wait for a choice (new report, existing report, offer check, nothing). */
public record MediaState(MediaStep step, List<PendingFile> files, String caption)
        implements FlowState {

    public static final String NAME = "media";

    public MediaState {
        step = step == null ? MediaStep.CHOOSE : step;
        files = files == null ? List.of() : List.copyOf(files);
        caption = FlowState.orEmpty(caption);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String stepName() {
        return step.name();
    }

    /** This state with {@code file} added, unless {@link PendingFile#MAX} files wait already. */
    public MediaState with(PendingFile file) {
        if (files.size() >= PendingFile.MAX) {
            return this;
        }
        List<PendingFile> more = new ArrayList<>(files);
        more.add(file);
        return new MediaState(step, more, caption);
    }

    public MediaState at(MediaStep next) {
        return new MediaState(next, files, caption);
    }
}
