package com.bodymap.figuredraw;

import java.awt.Shape;
import java.util.List;

/**
 * The back view's regions, each drawn roughly on the viewer's left half (the body's left), in
 * priority order (see {@link FrontRegions}). Landmarks: spine of the scapula from (166, 232) to
 * the acromion (96, 203); medial border of the scapula near x = 162 from T2 to its lower angle
 * at T7 (y 296); spinous processes C7 y 190, T12 y 345, L4 y 415 (top of the iliac crest), PSIS
 * dimples (173, 451), tailbone y 520; greater trochanter (106, 492); gluteal fold y 566; knee
 * crease y 708; heel y 935.
 */
final class BackRegions {
    private BackRegions() {
    }

    static List<Carver.Rough> roughs() {
        return List.of(
                mid("back-of-neck", Pen.symmetric(
                        "200,131h 186,129 *170,122 *162,124 167,150 173,172 *181,192 200,195h")),
                mid("thoracic-spine", Pen.symmetric("200,191h *187,193 *187,345 200,346h")),
                mid("lumbar-spine", Pen.symmetric("200,345h *188,345 *188,452 200,453h")),
                mid("sacrum", Pen.symmetric(
                        // sacrum between the dimples over the PSIS, narrowing to the tailbone
                        "200,451h *173,451 175,470 181,490 189,505 *197,518 200,520h")),
                side("back-of-knee", Pen.smooth(
                        // the diamond of the popliteal fossa
                        "*160,667 174,687 *186,708 174,728 *161,750 148,728 *135,708 147,687")),
                side("achilles", Pen.smooth(
                        "*162,838 171,856 173.5,880 174.5,902 177.5,918 *179,934 *144,934 145.5,918 148.5,902 150.5,880 153,856")),
                side("sole-of-foot", Body.soleRegion()),
                side("upper-trapezius", Pen.smooth(
                        // top of the shoulder: from the neck to the acromion, down to the spine of the scapula
                        "172,124 *166,126 166,150 154,168 136,178 112,185 *88,192 *100,214 120,220 143,225 *165,228 "
                                + "176,214 *187,204 *187,190 180,180 174,160")),
                side("rear-shoulder", Pen.smooth(
                        // posterior deltoid from the spine of the scapula to the outside of the upper arm
                        "*100,214 92,198 76,205 66,222 62,245 64,268 72,288 *83,302 94,284 104,265 111,246 *121,220")),
                side("shoulder-blade", Pen.smooth(
                        // infraspinatus and teres below the spine of the scapula, to its lower angle
                        "*165,228 143,225 120,220 *116,224 111,246 108,262 *112,274 127,284 144,292 *160,296 160,275 162,250")),
                side("mid-back-muscles", Pen.smooth(
                        // rhomboids and middle trapezius between the shoulder blade and the spine, then the
                        // lower trapezius over the thoracic erector spinae, narrowing to T12: the lower
                        // half of the trapezius diamond
                        "*187,204 176,214 *165,228 161,250 160,272 *160,296 167,312 175,328 *187,346")),
                side("low-back-muscles", Pen.smooth(
                        // erector spinae from T12 to the sacrum, widening below the last rib where the
                        // quadratus lumborum reaches out to the iliac crest
                        "*188,345 *188,452 *173,451 160,444 147,434 *138,424 137,410 141,400 *152,394 157,378 *161,348")),
                side("lower-ribs", Pen.smooth(
                        // the lowest ribs beside the erector spinae, over the kidney: T11 to L1
                        "*166,318 *161,348 157,378 *152,398 140,402 *133,396 131,372 133,346 *144,322")),
                side("lats", Pen.smooth(
                        // from the armpit across the side of the back, past the lowest ribs to the iliac crest
                        "*112,274 127,284 144,292 *160,296 167,312 175,328 *187,346 *166,346 *140,400 "
                                + "*138,424 126,420 *112,418 105,390 104,340 106,300")),
                side("glute-medius", Pen.smooth(
                        "*138,424 147,434 *160,444 150,460 136,473 121,486 *107,496 102,470 104,445 *112,420 126,420")),
                side("glutes", Pen.smooth(
                        // gluteus maximus from the sacrum and the back of the iliac crest down to the fold
                        "*160,444 *173,451 175,470 181,490 189,505 *197,518 *198.5,526 198.5,558 192,566 175,571 155,572 "
                                + "135,568 118,560 107,545 104,520 *107,492 121,482 136,470 150,458")),
                new Carver.Rough("piriformis", Pen.smooth(
                        // a spindle from the side of the sacrum, where it is thickest, to the top of the
                        // thigh bone, under the glute
                        "*191,472 172,471 155,475 138,481 *117,487 *114,495 *119,504 138,509 156,512 173,514 *192,512"),
                        true, "glutes"),
                side("hamstrings", Pen.smooth(
                        "104,540 118,552 135,560 155,564 175,564 *198,556 196,600 193,635 190,665 *186,700 *182,708 "
                                + "*160,670 *137,708 *133,700 128,670 121,635 114,600 108,570")),
                side("calf", Pen.smooth(
                        // the two heads of the gastrocnemius over the soleus, meeting at the Achilles
                        "*137,708 *161,746 *184,708 190,728 195,760 195,790 191,818 184,845 177,868 *173,884 *162,842 "
                                + "*152,876 145,862 137,840 129,810 124,780 125,750 131,724")),
                side("triceps", Pen.smooth(
                        "*111,246 114,270 114,295 110,320 105,345 *98,370 *86,372 76,352 69,325 68,295 70,270 *64,268 72,288 *83,302 94,284 104,265")),
                side("wrist-extensors", Pen.smooth(
                        "*98,388 93,410 88,435 84,460 79,482 *72,502 *48,500 41,476 40,448 44,418 52,394 68,384 85,384")));
    }

    private static Carver.Rough side(String id, Shape s) {
        return new Carver.Rough(id, s, true, null);
    }

    private static Carver.Rough mid(String id, Shape s) {
        return new Carver.Rough(id, s, false, null);
    }
}
