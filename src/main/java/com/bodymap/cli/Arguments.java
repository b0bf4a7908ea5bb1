package com.bodymap.cli;

import com.bodymap.content.ContentSource;
import com.bodymap.i18n.Language;
import java.nio.file.Path;
import java.util.Set;

/**
 * The parsed command line: at most one command, its value, an optional content folder, and for
 * {@code --export-sheet} the output file, paper size and whether to replace a read-only file; the
 * language asked for with {@code --lang} (null: the saved or the system's), for the window too.
 */
public record Arguments(String command, String value, Path contentDir, Path out, String paper, String tool,
                        boolean force, Language language) {
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
        Language language = null;
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
            } else if (arg.equals("--lang")) {
                String key = valueAfter(args, i++, arg);
                language = Language.fromKey(key);
                if (language == null) {
                    throw new UsageException(UsageException.Kind.UNKNOWN_LANGUAGE, "unknown language '" + key
                            + "' (use de, en or system)", key);
                }
            } else if (arg.equals("--force")) {
                force = true;
            } else if (FLAGS.contains(arg) || WITH_VALUE.contains(arg)) {
                if (command != null) {
                    throw new UsageException(UsageException.Kind.ONE_COMMAND, "give one command at a time (" + command + " and "
                            + arg + ")", command, arg);
                }
                command = arg;
                if (WITH_VALUE.contains(arg)) {
                    value = valueAfter(args, i++, arg);
                }
            } else {
                throw new UsageException(UsageException.Kind.UNKNOWN_OPTION, "unknown option '" + arg + "'", arg);
            }
        }
        boolean export = "--export-sheet".equals(command);
        if (export && out == null) {
            throw new UsageException(UsageException.Kind.NEEDS_OUT, "--export-sheet needs --out FILE.pdf");
        }
        if (!export && (out != null || paper != null || force)) {
            String option = out != null ? "--out" : paper != null ? "--paper" : "--force";
            throw new UsageException(UsageException.Kind.ONLY_WITH_EXPORT, option + " only goes with --export-sheet", option);
        }
        if (tool != null && !"--list-regions".equals(command)) {
            throw new UsageException(UsageException.Kind.TOOL_ONLY_WITH_LIST, "--tool only goes with --list-regions");
        }
        return new Arguments(command, value, content, out, paper, tool, force, language);
    }

    private static String valueAfter(String[] args, int i, String option) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new UsageException(UsageException.Kind.NEEDS_VALUE, option + " needs a value", option);
        }
        return args[i + 1];
    }

    public ContentSource contentSource() {
        return contentDir == null ? ContentSource.bundled() : ContentSource.folder(contentDir);
    }
}
