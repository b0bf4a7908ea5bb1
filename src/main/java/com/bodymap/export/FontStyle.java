package com.bodymap.export;

/** The two faces a sheet uses; both are the shipped DejaVu Sans. */
public enum FontStyle {
    REGULAR, BOLD
}
