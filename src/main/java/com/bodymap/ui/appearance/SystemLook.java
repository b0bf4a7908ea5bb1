package com.bodymap.ui.appearance;

/** What the desktop is set to, as far as it can be read: light, dark or high contrast. */
public enum SystemLook {
    LIGHT,
    DARK,
    HIGH_CONTRAST
}
