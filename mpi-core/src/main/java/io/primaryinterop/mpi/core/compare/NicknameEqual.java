package io.primaryinterop.mpi.core.compare;

/** Names that share a formal name in the nickname table ({@code BOB}/{@code ROBERT}). */
public record NicknameEqual() implements LevelCondition {

    @Override
    public String describe() {
        return "nickname";
    }
}
