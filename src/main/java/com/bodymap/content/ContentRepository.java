package com.bodymap.content;

import com.bodymap.i18n.TextFold;
import com.bodymap.model.Region;
import com.bodymap.model.RegionPart;
import com.bodymap.model.SafetyGuide;
import com.bodymap.model.Side;
import com.bodymap.model.Source;
import com.bodymap.model.Technique;
import com.bodymap.model.View;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The validated content, queried by the UI, the exporters and the command line. Immutable. */
public final class ContentRepository {
    private final Map<String, Region> regions;
    private final Map<String, Technique> techniques;
    private final Map<String, Source> sources;
    private final SafetyGuide safety;
    private final Locale language;

    public ContentRepository(List<Region> regions, List<Technique> techniques, List<Source> sources, SafetyGuide safety) {
        this(regions, techniques, sources, safety, Locale.ENGLISH);
    }

    /** {@code language} is the language the text is in (its translation's, where one was read). */
    public ContentRepository(List<Region> regions, List<Technique> techniques, List<Source> sources, SafetyGuide safety,
                             Locale language) {
        this.regions = index(regions, Region::id);
        this.techniques = index(techniques, Technique::id);
        this.sources = index(sources, Source::id);
        this.safety = safety;
        this.language = language;
    }

    /** The language of the content's text: a sheet printed from it declares this language. */
    public Locale language() {
        return language;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    public List<Technique> techniques() {
        return List.copyOf(techniques.values());
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public SafetyGuide safety() {
        return safety;
    }

    public Optional<Region> region(String id) {
        return Optional.ofNullable(regions.get(id));
    }

    public Optional<Technique> technique(String id) {
        return Optional.ofNullable(techniques.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** Every shape on the map, for both views: bilateral regions give a left and a right part. */
    public List<RegionPart> parts() {
        return regions.values().stream().flatMap(r -> r.parts().stream()).toList();
    }

    public List<RegionPart> parts(View view) {
        return parts().stream().filter(p -> p.region().view() == view).toList();
    }

    /** Finds a part by its id ("glutes-left", "lumbar-spine"). */
    public Optional<RegionPart> part(String partId) {
        Region r = regions.get(RegionPart.regionIdOf(partId));
        if (r == null) {
            return Optional.empty();
        }
        Side side = RegionPart.sideOf(partId);
        if (r.bilateral() == (side == Side.MIDLINE)) {
            return Optional.empty();
        }
        return Optional.of(new RegionPart(r, side));
    }

    /** The technique cards that apply to a region, in the order the region lists them. */
    public List<Technique> techniquesFor(Region region) {
        return region.techniques().stream().map(techniques::get).toList();
    }

    /** Every source a region page cites, in first-cited order. */
    public List<Source> sourcesFor(Region region) {
        List<String> ids = new ArrayList<>();
        region.why().forEach(c -> ids.addAll(c.sources()));
        region.instead().forEach(s -> ids.addAll(s.sources()));
        region.disagreements().forEach(d -> d.viewpoints().forEach(v -> ids.addAll(v.sources())));
        // Last, so adding per-tool ratings kept the numbers the rest of the page already had.
        region.toolRatings().forEach(t -> ids.addAll(t.sources()));
        return ids.stream().distinct().map(sources::get).toList();
    }

    /**
     * Regions whose name or alias matches the query, best first: the one whose name or alias is
     * exactly the query ("gluteus medius" is the side of the hip, not the glutes that merely
     * contain the words), then names that start with it, then names or aliases that contain it,
     * then those that contain every word of it.
     */
    public List<Region> search(String query) {
        String q = TextFold.fold(query);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Region> exact = new ArrayList<>();
        List<Region> starts = new ArrayList<>();
        List<Region> contains = new ArrayList<>();
        List<Region> words = new ArrayList<>();
        for (Region r : regions.values()) {
            List<String> names = new ArrayList<>();
            names.add(TextFold.fold(r.name()));
            r.aliases().forEach(a -> names.add(TextFold.fold(a)));
            if (names.contains(q)) {
                exact.add(r);
            } else if (names.stream().anyMatch(n -> n.startsWith(q))) {
                starts.add(r);
            } else if (names.stream().anyMatch(n -> n.contains(q))) {
                contains.add(r);
            } else if (names.stream().anyMatch(n -> TextFold.containsAllWords(n, q))) {
                words.add(r);
            }
        }
        List<Region> result = new ArrayList<>(exact);
        result.addAll(starts);
        result.addAll(contains);
        result.addAll(words);
        return result;
    }
}
