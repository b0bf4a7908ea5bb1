package com.bodymap.ui.safety;

import com.bodymap.i18n.ModelWording;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.Claim;
import com.bodymap.model.EmergencyNumber;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What "Before you roll" shows: the safety guide's lists, each claim with its sources,
 * numbered in one reference list for the whole panel.
 */
public final class SafetyPanelViewModel {
    private final ContentRepository content;
    private final Consumer<String> showSource;
    private final Messages messages;

    /** The country of {@code messages}' locale decides which emergency number the panel names. */
    public SafetyPanelViewModel(ContentRepository content, Consumer<String> showSource, Messages messages) {
        this.content = content;
        this.showSource = showSource;
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** "call 999, the emergency number in the United Kingdom (elsewhere, your local one)". */
    public String emergencyInstruction() {
        return new ModelWording(messages).emergencyCall(messages.locale());
    }

    public SafetyGuide guide() {
        return content.safety();
    }

    /** Every source the panel cites, in first-cited order, in the order the panel shows its lists. */
    public List<Source> sources() {
        SafetyGuide g = guide();
        List<String> ids = new ArrayList<>();
        for (List<Claim> list : List.of(g.emergencyRedFlags(), g.urgentRedFlags(), g.aboutRedFlags(), g.sorenessVersusTightness(), g.contraindications(), g.cautions())) {
            list.forEach(c -> ids.addAll(c.sources()));
        }
        return ids.stream().distinct().map(content::source).flatMap(Optional::stream).toList();
    }

    public int sourceNumber(String sourceId) {
        List<Source> sources = sources();
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(sourceId)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The sources behind one claim, unknown ids left out. */
    public List<Source> sourcesOf(Claim claim) {
        return claim.sources().stream().distinct().map(content::source).flatMap(Optional::stream).toList();
    }

    public void showSource(String sourceId) {
        showSource.accept(sourceId);
    }
}
