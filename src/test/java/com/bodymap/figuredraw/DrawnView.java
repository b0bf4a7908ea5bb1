package com.bodymap.figuredraw;

import java.awt.Shape;
import java.awt.geom.Area;
import java.util.List;
import java.util.Map;

/**
 * One view as the generator produced it: silhouette, unrated details, carved regions, deep pairs,
 * and the open detail lines drawn over the regions (both sides, already mirrored).
 */
record DrawnView(String name, Area silhouette, List<Area> details, Map<String, Area> regions, Map<String, String> deep,
                 List<Shape> lines) {
}
