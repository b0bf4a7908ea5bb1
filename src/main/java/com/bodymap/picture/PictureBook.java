package com.bodymap.picture;

import java.util.List;
import java.util.Map;

/**
 * Every drawing, as {@code assets/pictures/poses.json} holds them: for each technique card and
 * each left/right check, one or two drawings (start and finish, two sides, or the position and a
 * close-up of where the tool goes).
 */
public record PictureBook(String about, Map<String, List<PictureSpec>> cards, Map<String, List<PictureSpec>> checks) {
    public PictureBook {
        cards = cards == null ? Map.of() : Map.copyOf(cards);
        checks = checks == null ? Map.of() : Map.copyOf(checks);
    }

    static final PictureBook EMPTY = new PictureBook("", Map.of(), Map.of());
}
