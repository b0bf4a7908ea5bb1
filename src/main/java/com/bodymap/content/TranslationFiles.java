package com.bodymap.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a language's files are: a subfolder per language beside the English files
 * ({@code assets/content/de/regions.json}, {@code assets/checks/de/checks.json}), named by the
 * language ("de") or, more specifically, language and country ("de-CH"), which is tried first.
 * English is the base language and has no subfolder.
 */
public final class TranslationFiles {
    private TranslationFiles() {
    }

    /** The subfolders to try for a locale, most specific first; none for English. */
    static List<String> folders(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty() || locale.getLanguage().equals("en")) {
            return List.of();
        }
        List<String> folders = new ArrayList<>();
        if (!locale.getCountry().isEmpty()) {
            folders.add(locale.getLanguage() + "-" + locale.getCountry());
        }
        folders.add(locale.getLanguage());
        return folders;
    }

    /** The first of the locale's folders that has the file, or null when the file is not translated. */
    static String folderFor(ContentSource source, Locale locale, String file) {
        for (String folder : folders(locale)) {
            try (InputStream in = source.open(folder + "/" + file)) {
                return folder;
            } catch (NoSuchFileException e) {
                // not translated into this folder's language; try the next
            } catch (IOException e) {
                return folder; // there but refused or unreadable: reading it says why
            }
        }
        return null;
    }

    /**
     * The English file with the folder's translation laid over it. A translation that cannot be
     * read or is not JSON is a problem like a broken English file, named by its own path.
     */
    static JsonOverlay.Result overlay(ObjectMapper mapper, ContentSource source, String folder, TextFields fields)
            throws ContentException {
        String name = folder + "/" + fields.file();
        JsonNode translation = tree(mapper, source, name);
        JsonNode english = tree(mapper, source, fields.file());
        return JsonOverlay.apply(fields, english, translation, source.describe(name));
    }

    /**
     * The file in the locale's language as a JSON tree: the English with the translation laid
     * over it, or null when the locale has no translation of the file.
     */
    public static JsonNode translated(ObjectMapper mapper, ContentSource source, TextFields fields, Locale locale)
            throws ContentException {
        String folder = folderFor(source, locale, fields.file());
        return folder == null ? null : overlay(mapper, source, folder, fields).merged();
    }

    /**
     * What a language's translation of one file lacks or gets wrong (see {@link JsonOverlay}), and
     * which of its texts were made from English that has changed since ({@link TranslationStamps});
     * empty when complete.
     */
    public static List<ContentProblem> notes(ObjectMapper mapper, ContentSource source, String language, TextFields fields) {
        String name = language + "/" + fields.file();
        try (InputStream in = source.open(name)) {
            // present: compared below
        } catch (NoSuchFileException e) {
            return List.of(new ContentProblem(source.describe(name), null,
                    "missing: this file is not translated, so all of it is shown in English"));
        } catch (IOException e) {
            return List.of(new ContentProblem(source.describe(name), null, e.getMessage()));
        }
        try {
            JsonNode translation = tree(mapper, source, name);
            JsonNode english = tree(mapper, source, fields.file());
            List<ContentProblem> notes = new ArrayList<>(
                    JsonOverlay.apply(fields, english, translation, source.describe(name)).notes());
            notes.addAll(TranslationStamps.stale(source, language, fields, english, translation));
            return notes;
        } catch (ContentException e) {
            return e.problems();
        }
    }

    private static JsonNode tree(ObjectMapper mapper, ContentSource source, String name) throws ContentException {
        try (InputStream in = source.open(name)) {
            JsonNode node = mapper.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw problem(source, name, null, "the file is empty");
            }
            return node;
        } catch (NoSuchFileException e) {
            throw problem(source, name, null, "the file is missing");
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? null
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw problem(source, name, line, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(source, name, null, "cannot be read: " + e.getMessage());
        }
    }

    private static ContentException problem(ContentSource source, String name, String where, String message) {
        return new ContentException(List.of(new ContentProblem(source.describe(name), where, message)));
    }
}
