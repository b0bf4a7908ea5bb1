package com.bodymap.figuredraw;

import java.awt.Shape;
import java.util.List;

/**
 * The front view's regions, each drawn roughly on the viewer's left half (the body's right), in
 * priority order: an earlier region keeps what a later one also covers, so a later region's rough
 * drawing may be generous where it meets an earlier one. Midline regions are drawn whole.
 */
final class FrontRegions {
    private FrontRegions() {
    }

    static List<Carver.Rough> roughs() {
        return List.of(
                mid("neck", Pen.symmetric(
                        // under the jaw, down the side of the neck, along the collarbone to the notch
                        "200,147h 187,144 175,137 166,128 *160,121 *158,166 163,176 154,184 *150,188 "
                                + "162,191 178,195 200,198h")),
                side("knee", Pen.smooth(
                        // kneecap and the joint below it down to the tibial tuberosity
                        "159,668 170,671 177,681 179,696 178,712 174,726 *168,744 *151,744 145,727 141,712 140,696 142,681 148,672")),
                side("groin", Pen.smooth(
                        // femoral triangle: inguinal ligament, adductor longus, sartorius
                        "152,470 170,486 *187,502 189,516 185,534 178,550 *169,566 161,548 155,524 151,496")),
                side("armpit", Pen.smooth("112,247 124,253 133,268 135,288 131,308 *118,319 104,309 96,291 96,269 102,253")),
                side("palm", Body.palm()),
                side("it-band", Pen.smooth(
                        // a strip down the outer thigh from under the TFL to the outside of the knee
                        "104,515 *119,519 127,540 131.5,562 134,588 137.5,614 141,640 145,664 *149,688 143,712 *129,728 118,700 106,690")),
                side("tfl", Pen.smooth(
                        "*139,452 140,474 137,496 132,518 *124,538 *104,538 100,500 104,470 115,450")),
                side("hip-flexors", Pen.smooth(
                        // below and inside the front of the hip bone, outside the groin
                        "*136,450 147,460 156,472 *163,486 163,505 163,530 162,552 *158,574 146,571 135,560 *127,542 130,505 133,475")),
                side("front-shoulder", Pen.smooth(
                        // deltoid: collarbone and shoulder to the outside of the upper arm
                        "152,186 *140,191 126,187 108,190 90,195 76,205 66,222 62,245 64,268 72,288 *83,302 93,282 101,260 "
                                + "110,236 121,214 *134,199")),
                side("chest", Pen.smooth(
                        // pectoralis major: collarbone and breastbone fanning to the upper arm
                        "*194,199 178,198 160,196 *140,196 126,212 116,232 *108,252 118,268 132,283 148,295 166,302 182,302 *194,298")),
                side("biceps", Pen.smooth(
                        "99,245 84,262 72,287 68,313 68,338 74,358 *87,376 96,360 103,338 107,315 108,290 106,265")),
                side("forearm", Pen.smooth(
                        // wrist flexors and the brachioradialis, elbow crease to the wrist
                        "98,388 85,384 68,384 52,394 44,418 40,448 41,476 *48,500 *72,502 77,478 82,452 88,428 94,405")),
                mid("abdomen", Pen.symmetric(
                        // rectus abdominis between the two lines of the rectus sheath, ribs to the pubis
                        "200,298h 185,299 *164,303 159,320 157,345 157,375 158,408 162,440 168,466 177,488 *186,504 200,508h")),
                side("obliques", Pen.smooth(
                        "*116,296 140,302 *166,306 163,330 161,360 162,395 165,430 *172,470 150,462 *134,452 118,440 108,420 112,380 *118,318")),
                side("adductors", Pen.smooth(
                        "*186,504 193,518 199,540 199,570 196,600 *192,632 185,620 177,602 171,582 168,560 176,530")),
                side("quadriceps", Pen.smooth(
                        "172,530 160,533 150,525 140,512 *132,500 *114,520 112,560 114,600 121,640 130,668 *140,684 158,668 *178,684 "
                                + "191,672 192,640 191,600 186,570")),
                side("shin", Pen.smooth(
                        // tibialis anterior beside the shin bone, knee to the ankle
                        "*165,746 152,752 149,780 150,810 152,840 155,870 158,898 *162,916 168,905 172,880 175,850 177,820 177,790 175,765 *171,746")),
                side("peroneals", Pen.smooth(
                        // fibular head, then the outer lower leg down behind the outer ankle bone
                        "*128,724 138,728 146,740 152,765 153,795 154,830 156,865 158,895 *160,916 *140,920 125,880 115,800 118,740")));
    }

    private static Carver.Rough side(String id, Shape s) {
        return new Carver.Rough(id, s, true, null);
    }

    private static Carver.Rough mid(String id, Shape s) {
        return new Carver.Rough(id, s, false, null);
    }
}
