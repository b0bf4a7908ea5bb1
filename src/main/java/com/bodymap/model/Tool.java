package com.bodymap.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The self-massage tools the app rates every region for, named by a fixed id in the content. */
public enum Tool {
    FOAM_ROLLER("foam-roller", "Foam roller"),
    VIBRATING_ROLLER("vibrating-roller", "Vibrating roller"),
    BALL("ball", "Massage ball"),
    PEANUT("peanut", "Two balls (peanut)"),
    MASSAGE_GUN("massage-gun", "Massage gun");

    private final String id;
    private final String label;

    Tool(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @JsonValue
    public String id() { return id; }

    /** The tool's name as shown in the picker and tables. */
    public String label() { return label; }

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
