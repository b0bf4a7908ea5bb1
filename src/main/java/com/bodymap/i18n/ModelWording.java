package com.bodymap.i18n;

import com.bodymap.model.Claim;
import com.bodymap.model.Dose;
import com.bodymap.model.EmergencyNumber;
import com.bodymap.model.RegionPart;
import com.bodymap.model.Side;
import com.bodymap.model.Tool;
import com.bodymap.model.ToolVerdict;
import java.util.List;
import java.util.Locale;

/**
 * The model's values in words, for the screen and the sheets alike: a part's name with its side,
 * what a screen reader says for it, a dose in short, which emergency number to call. The model
 * itself only holds ids, enums and the content's own texts.
 */
public final class ModelWording {
    private final Messages messages;

    public ModelWording(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** "Glutes, left" or "Lumbar spine". */
    public String partName(RegionPart part) {
        return part.side() == Side.MIDLINE ? part.region().name()
                : messages.text("part.name." + part.side().key(), part.region().name());
    }

    /** What a screen reader announces for a shape: "Lumbar spine: avoid", "Glutes, left: fine". */
    public String partAccessible(RegionPart part) {
        return verdictOf(part, ToolVerdict.of(part.region().rating()));
    }

    /** "Glutes, left: fine" for a verdict with no tool named. */
    public String verdictOf(RegionPart part, ToolVerdict verdict) {
        return messages.text("part.verdict." + verdict.word(), partName(part));
    }

    /** "Glutes, left: fine for the foam roller". */
    public String verdictOf(RegionPart part, ToolVerdict verdict, Tool tool) {
        return messages.text("part.verdictForTool." + verdict.word(), partName(part), messages.label(tool, "inPhrase"));
    }

    /** "60 s per side", or the dose's own words when it has no seconds. */
    public String shortDose(Dose dose) {
        if (dose.seconds() != null && dose.per() != null) {
            return messages.text("dose.secondsPer", dose.seconds(), dose.per());
        }
        return dose.text();
    }

    /**
     * "call 999, the emergency number in the United Kingdom (elsewhere, your local one)" for the
     * computer's country, named so a sheet handed on abroad does not mislead; for an unknown
     * country the common numbers.
     */
    public String emergencyCall(Locale where) {
        String country = where == null ? "" : where.getCountry().toUpperCase(Locale.ROOT);
        String number = EmergencyNumber.forCountry(country);
        if (number == null) {
            return messages.text("emergency.callUnknown");
        }
        String key = "emergency.country." + country;
        String name = messages.has(key) ? messages.text(key)
                : new Locale("", country).getDisplayCountry(messages.locale());
        return messages.text("emergency.call", number, name);
    }

    /**
     * Whole-sentence flags as one run of signs for a compact box: "numbness or tingling around the
     * genitals (...); new trouble passing urine; chest pain". Each loses its full stop and, in a
     * language whose sentences start with a capital only for that reason, its capital.
     */
    public String signs(List<Claim> flags) {
        return String.join(messages.text("signs.separator"), flags.stream().map(c -> {
            String t = c.text().strip();
            t = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
            return inSentence(t);
        }).toList());
    }

    /**
     * A text that began a sentence, now inside one: its first letter lower case in English, as it
     * is in German only where the word is not a noun, which cannot be told, so German keeps it.
     */
    public String inSentence(String text) {
        if (text == null || text.isEmpty() || !Boolean.parseBoolean(messages.text("grammar.lowerCaseInSentence"))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
