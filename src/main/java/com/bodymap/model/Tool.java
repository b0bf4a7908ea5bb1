package com.bodymap.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The self-massage tools the app rates every region for, named by a fixed id in the content. */
public enum Tool {
    FOAM_ROLLER("foam-roller"),
    VIBRATING_ROLLER("vibrating-roller"),
    BALL("ball"),
    PEANUT("peanut"),
    MASSAGE_GUN("massage-gun");

    private final String id;

    /** Its name on screen and paper comes from the bundles ("tool.foam_roller"). */
    Tool(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() { return id; }

    /** Every id, for messages: "foam-roller, vibrating-roller, ...". */
    public static String ids() {
        return Arrays.stream(values()).map(Tool::id).collect(Collectors.joining(", "));
    }

    @JsonCreator
    public static Tool fromId(String id) {
        for (Tool t : values()) {
            if (t.id.equalsIgnoreCase(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown tool '" + id + "' (use " + ids() + ")");
    }
}
