package com.bodymap.model;

import java.util.List;

/**
 * The "before you roll" panel: soreness versus tightness, red flags that mean see a clinician,
 * and general contraindications. Each item is a sourced claim.
 */
public record SafetyGuide(
        List<Claim> sorenessVersusTightness,
        List<Claim> emergencyRedFlags,
        List<Claim> urgentRedFlags,
        List<Claim> contraindications,
        String disclaimer) {

    public SafetyGuide {
        sorenessVersusTightness = sorenessVersusTightness == null ? List.of() : List.copyOf(sorenessVersusTightness);
        emergencyRedFlags = emergencyRedFlags == null ? List.of() : List.copyOf(emergencyRedFlags);
        urgentRedFlags = urgentRedFlags == null ? List.of() : List.copyOf(urgentRedFlags);
        contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
    }
}
