package com.bodymap.model;

import java.util.List;

/**
 * The "before you roll" panel: soreness versus tightness, red flags that mean see a clinician,
 * and general contraindications. Each item is a sourced claim. {@code aboutRedFlags} are notes on
 * how to read the red flags (optional), shown after them rather than as flags themselves.
 */
public record SafetyGuide(
        List<Claim> sorenessVersusTightness,
        List<Claim> emergencyRedFlags,
        List<Claim> urgentRedFlags,
        List<Claim> aboutRedFlags,
        List<Claim> contraindications,
        String disclaimer) {

    public SafetyGuide {
        sorenessVersusTightness = sorenessVersusTightness == null ? List.of() : List.copyOf(sorenessVersusTightness);
        emergencyRedFlags = emergencyRedFlags == null ? List.of() : List.copyOf(emergencyRedFlags);
        urgentRedFlags = urgentRedFlags == null ? List.of() : List.copyOf(urgentRedFlags);
        aboutRedFlags = aboutRedFlags == null ? List.of() : List.copyOf(aboutRedFlags);
        contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
    }
}
