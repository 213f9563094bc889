package id.migrasiaman.conversation.flows;

import java.util.Optional;

/** Adding text and files to a sent report ({@code /tambah CODE}) until "Done". */
public record AppendState(String code) implements FlowState {

    public static final String NAME = "append";

    public AppendState {
        code = FlowState.orEmpty(code);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String stepName() {
        return "ADD";
    }

    @Override
    public Optional<String> reportCode() {
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }
}
