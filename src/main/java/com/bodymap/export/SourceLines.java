package com.bodymap.export;

import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.Source;
import java.util.List;
import java.util.Optional;

/** Reference-list lines for sheets: citation, kind of evidence, whether it was checked, address. */
final class SourceLines {
    private final ContentRepository content;
    private final Messages messages;

    SourceLines(ContentRepository content, Messages messages) {
        this.content = content;
        this.messages = messages;
    }

    List<String> lines(List<String> sourceIds) {
        return sourceIds.stream().distinct().map(content::source).flatMap(Optional::stream).map(this::line).toList();
    }

    String line(Source s) {
        StringBuilder b = new StringBuilder(s.citation()).append(". ");
        String kind = messages.label(s.kind());
        b.append(Character.toUpperCase(kind.charAt(0))).append(kind.substring(1)).append('.');
        if (s.unchecked()) {
            b.append(' ').append(messages.text("sheet.source.unchecked"));
        }
        if (s.url() != null && !s.url().isBlank()) {
            b.append(' ').append(s.url());
        }
        return b.toString();
    }

    /** " [1, 3]": where a claim's sources sit in a numbered list. */
    static String cite(List<String> listed, List<String> cited) {
        List<String> numbers = cited.stream().map(id -> listed.indexOf(id) + 1).filter(n -> n > 0)
                .distinct().sorted().map(String::valueOf).toList();
        return numbers.isEmpty() ? "" : " [" + String.join(", ", numbers) + "]";
    }
}
