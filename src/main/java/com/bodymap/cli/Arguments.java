package com.bodymap.cli;

import com.bodymap.content.ContentSource;
import java.nio.file.Path;
import java.util.Set;

/** The parsed command line: at most one command, its value, and an optional content folder. */
public record Arguments(String command, String value, Path contentDir) {
    private static final Set<String> FLAGS = Set.of("--help", "--list-regions", "--list-techniques", "--list-sources");
    private static final Set<String> WITH_VALUE = Set.of("--validate-content");

    public static Arguments parse(String[] args) {
        String command = null;
        String value = null;
        Path content = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--content")) {
                content = Path.of(valueAfter(args, i++, arg));
            } else if (FLAGS.contains(arg) || WITH_VALUE.contains(arg)) {
                if (command != null) {
                    throw new IllegalArgumentException("give one command at a time (" + command + " and " + arg + ")");
                }
                command = arg;
                if (WITH_VALUE.contains(arg)) {
                    value = valueAfter(args, i++, arg);
                }
            } else {
                throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        return new Arguments(command, value, content);
    }

    private static String valueAfter(String[] args, int i, String option) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i + 1];
    }

    public ContentSource contentSource() {
        return contentDir == null ? ContentSource.bundled() : ContentSource.folder(contentDir);
    }
}
