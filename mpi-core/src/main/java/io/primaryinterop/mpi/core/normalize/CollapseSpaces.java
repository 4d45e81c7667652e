package io.primaryinterop.mpi.core.normalize;

/** Trims and collapses every run of whitespace into one space. */
public final class CollapseSpaces implements NormalizationStep {

    @Override
    public String apply(String value) {
        int length = value.length();
        if (isCollapsed(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(length);
        boolean pendingSpace = false;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isCollapsed(String value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
            if (c == ' ' && (i == 0 || i == length - 1 || value.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}
