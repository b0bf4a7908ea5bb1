package com.bodymap.cli;

import com.bodymap.content.ContentSource;
import java.nio.file.Path;
import java.util.Set;

/**
 * The parsed command line: at most one command, its value, an optional content folder, and for
 * {@code --export-sheet} the output file, paper size and whether to replace a read-only file.
 */
public record Arguments(String command, String value, Path contentDir, Path out, String paper, String tool,
                        boolean force) {
    private static final Set<String> FLAGS = Set.of("--help", "--list-regions", "--list-techniques", "--list-sources");
    private static final Set<String> WITH_VALUE = Set.of("--validate-content", "--export-sheet");

    public static Arguments parse(String[] args) {
        String command = null;
        String value = null;
        Path content = null;
        Path out = null;
        String paper = null;
        String tool = null;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--content")) {
                content = Path.of(valueAfter(args, i++, arg));
            } else if (arg.equals("--out")) {
                out = Path.of(valueAfter(args, i++, arg));
            } else if (arg.equals("--tool")) {
                tool = valueAfter(args, i++, arg);
            } else if (arg.equals("--paper")) {
                paper = valueAfter(args, i++, arg);
            } else if (arg.equals("--force")) {
                force = true;
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
        boolean export = "--export-sheet".equals(command);
        if (export && out == null) {
            throw new IllegalArgumentException("--export-sheet needs --out FILE.pdf");
        }
        if (!export && (out != null || paper != null || force)) {
            throw new IllegalArgumentException((out != null ? "--out" : paper != null ? "--paper" : "--force")
                    + " only goes with --export-sheet");
        }
        if (tool != null && !"--list-regions".equals(command)) {
            throw new IllegalArgumentException("--tool only goes with --list-regions");
        }
        return new Arguments(command, value, content, out, paper, tool, force);
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
