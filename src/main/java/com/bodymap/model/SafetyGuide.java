package com.bodymap.model;

import java.util.List;

/**
 * The "before you roll" panel: soreness versus tightness, red flags that mean see a clinician,
 * the true contraindications (do not roll at all) and, apart from them, the cautions (take care or
 * ask first). Each item is a sourced claim. {@code aboutRedFlags} are notes on how to read the red
 * flags (optional), shown after them rather than as flags themselves. {@code redFlagRegions} are
 * the regions of the back whose pages and sheets carry the red-flag box.
 */
public record SafetyGuide(
        List<Claim> sorenessVersusTightness,
        List<Claim> emergencyRedFlags,
        List<Claim> urgentRedFlags,
        List<Claim> aboutRedFlags,
        List<Claim> contraindications,
        List<Claim> cautions,
        List<String> redFlagRegions,
        String disclaimer) {

    public SafetyGuide {
        sorenessVersusTightness = sorenessVersusTightness == null ? List.of() : List.copyOf(sorenessVersusTightness);
        emergencyRedFlags = emergencyRedFlags == null ? List.of() : List.copyOf(emergencyRedFlags);
        urgentRedFlags = urgentRedFlags == null ? List.of() : List.copyOf(urgentRedFlags);
        aboutRedFlags = aboutRedFlags == null ? List.of() : List.copyOf(aboutRedFlags);
        contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        redFlagRegions = redFlagRegions == null ? List.of() : List.copyOf(redFlagRegions);
    }

    /** A guide without cautions or red-flag regions (older content files, test fixtures). */
    public SafetyGuide(List<Claim> sorenessVersusTightness, List<Claim> emergencyRedFlags, List<Claim> urgentRedFlags,
                       List<Claim> aboutRedFlags, List<Claim> contraindications, String disclaimer) {
        this(sorenessVersusTightness, emergencyRedFlags, urgentRedFlags, aboutRedFlags, contraindications,
                List.of(), List.of(), disclaimer);
    }

    /** Whether a region's page and sheet carry the red-flag box. */
    public boolean showsRedFlags(String regionId) {
        return redFlagRegions.contains(regionId);
    }

    /** The sources behind the emergency and urgent flags, in first-cited order, for a box's reference list. */
    public List<String> redFlagSources() {
        return java.util.stream.Stream.concat(emergencyRedFlags.stream(), urgentRedFlags.stream())
                .flatMap(c -> c.sources().stream()).distinct().toList();
    }

    /**
     * Whole-sentence flags as one run of signs for a compact box: "numbness or tingling around the
     * genitals or buttocks (...); new trouble passing urine, ...; chest pain".
     */
    public static String signs(List<Claim> flags) {
        return String.join("; ", flags.stream().map(c -> {
            String t = c.text().strip();
            t = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
            return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }).toList());
    }
}
