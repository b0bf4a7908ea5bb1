package com.bodymap.model;

import java.util.Locale;
import java.util.Map;

/**
 * The emergency telephone number for the user's country, so the red-flag box can say which number
 * to call rather than assume the UK's. Where the country is not known, the line names the common
 * numbers instead.
 */
public final class EmergencyNumber {
    /** Countries whose general emergency number is not 112 (112 covers the EU and much of Europe). */
    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("GB", "999"), Map.entry("IE", "112"), Map.entry("US", "911"), Map.entry("CA", "911"),
            Map.entry("MX", "911"), Map.entry("AU", "000"), Map.entry("NZ", "111"), Map.entry("ZA", "112"),
            Map.entry("IN", "112"), Map.entry("JP", "119"), Map.entry("KR", "119"), Map.entry("CN", "120"),
            Map.entry("HK", "999"), Map.entry("SG", "995"), Map.entry("MY", "999"), Map.entry("BR", "192"),
            Map.entry("AR", "107"), Map.entry("CH", "144"), Map.entry("NO", "113"), Map.entry("IS", "112"));
    private static final java.util.Set<String> EU = java.util.Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK",
            "EE", "FI", "FR", "DE", "GR", "HU", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI",
            "ES", "SE");

    private EmergencyNumber() {
    }

    /** The number for a country code such as "GB", or null when it is not known here. */
    public static String forCountry(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String c = country.toUpperCase(Locale.ROOT);
        return EU.contains(c) ? "112" : NUMBERS.get(c);
    }
}
