package com.bodymap.ui.sources;

import com.bodymap.i18n.TextFold;
import com.bodymap.i18n.Messages;
import com.bodymap.content.ContentRepository;
import com.bodymap.model.Claim;
import com.bodymap.model.Region;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Source;
import com.bodymap.model.SourceKind;
import com.bodymap.model.Technique;
import com.bodymap.ui.bodymap.BodyMapViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The sources view's state: every source grouped by kind, and for each the region pages, cards and
 * safety guide that cite it, each of which the view links to. {@code focused} names the source
 * the user asked to see.
 */
public final class SourcesViewModel {
    private final ContentRepository content;
    private final BodyMapViewModel map;
    private final Consumer<String> openCard;
    private final Runnable openSafety;
    private final ReadOnlyStringWrapper focused = new ReadOnlyStringWrapper();

    /** The sources of one kind, in content order. */
    public record KindGroup(SourceKind kind, List<Source> sources) {
    }

    public SourcesViewModel(ContentRepository content, BodyMapViewModel map, Consumer<String> openCard, Runnable openSafety) {
        this.content = content;
        this.map = map;
        this.openCard = openCard;
        this.openSafety = openSafety;
    }

    /** Kinds in the order of the SourceKind enum (studies and reviews first), empty kinds left out. */
    public List<KindGroup> groups() {
        List<KindGroup> groups = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            List<Source> of = content.sources().stream().filter(s -> s.kind() == kind).toList();
            if (!of.isEmpty()) {
                groups.add(new KindGroup(kind, of));
            }
        }
        return groups;
    }

    public Messages messages() {
        return map.messages();
    }

    /**
     * Whether a source matches what the user typed: every word must appear in its title,
     * publisher, year, kind (as shown), or what it supports, case and accents folded. Blank
     * matches everything.
     */
    public boolean matches(Source s, String query) {
        String q = TextFold.fold(query);
        if (q.isEmpty()) {
            return true;
        }
        String haystack = TextFold.fold(String.join(" ", s.title(), String.valueOf(s.publisher()), String.valueOf(s.year()),
                messages().label(s.kind()), messages().label(s.kind(), "short"), String.join(" ", s.supports())));
        return TextFold.containsAllWords(haystack, q);
    }

    /** The published sources: the app's own judgement is listed too, but is not one. */
    public int total() {
        return (int) content.sources().stream().filter(s -> s.kind().published()).count();
    }

    /** Whether some claims rest on the app's own judgement, which the view then explains. */
    public boolean hasOwnJudgement() {
        return content.sources().stream().anyMatch(s -> !s.kind().published());
    }

    public long unverifiedCount() {
        return content.sources().stream().filter(Source::unchecked).count();
    }

    /** Regions whose page cites the source (in a reason, a suggestion or a disagreement). */
    public List<Region> regionsCiting(String sourceId) {
        return content.regions().stream()
                .filter(r -> content.sourcesFor(r).stream().anyMatch(s -> s.id().equals(sourceId)))
                .toList();
    }

    public List<Technique> cardsCiting(String sourceId) {
        return content.techniques().stream().filter(t -> t.sources().contains(sourceId)).toList();
    }

    public boolean citedBySafetyGuide(String sourceId) {
        SafetyGuide g = content.safety();
        return Stream.of(g.sorenessVersusTightness(), g.emergencyRedFlags(), g.urgentRedFlags(), g.aboutRedFlags(), g.contraindications(), g.cautions())
                .flatMap(List::stream).map(Claim::sources).anyMatch(ids -> ids.contains(sourceId));
    }

    public ReadOnlyStringProperty focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    /** Points the view at one source; an unknown id is ignored. */
    public void focus(String sourceId) {
        if (content.source(sourceId).isPresent()) {
            // Reset first, so asking for the same source again scrolls to it again.
            focused.set(null);
            focused.set(sourceId);
        }
    }

    public void openRegion(String regionId) {
        map.selectRegion(regionId);
    }

    public void openCard(String techniqueId) {
        openCard.accept(techniqueId);
    }

    public void openSafety() {
        openSafety.run();
    }
}
