package com.bodymap.figuredraw;

import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The body's outline in a 400 by 1000 space, midline at x = 200, standing in the anatomical
 * position (palms forward, thumbs out, arms a little away from the trunk). Proportions from
 * stature fractions of an adult (crown 18, soles 985): chin 0.87, shoulders 0.82, elbow 0.63,
 * navel and iliac crest 0.60, wrist 0.485, crotch 0.47, knee 0.285, ankle 0.045.
 *
 * <p>The front and back views share the outline except for the feet: the front shows the top of
 * the foot and the toes, the back shows the heel and the sole, as body charts do.
 */
final class Body {
    /** The left half of the outline, crown to crotch, without hands and feet. */
    static final String OUTLINE = String.join(" ",
            // head and ear
            "200,18h 181,20 166,28 157,41 153,57 153,72 *151,78 148,86 148,97 151,105 *156,110",
            // jaw, then the neck coming out from under it
            "160,118 *167,128 169,140 169,154 167,165",
            // trapezius slope to the shoulder, deltoid cap
            "159,174 146,181 128,187 110,191 95,196 80,204 70,216 65,232 64,250",
            // outer arm to the elbow, forearm to the wrist
            "65,270 64,295 62,320 60,345 57,366 54,380 50,398 46,420 43,445 42,470 43,492 *45,506",
            // inner wrist, forearm, elbow, upper arm up into the armpit
            "*76,511 77,495 79,475 83,452 88,428 93,405 98,385 102,366 106,348 110,334 114,323 *117,317",
            // side of the trunk: chest, waist, iliac crest, hip
            "119,330 122,345 125,360 127,375 127,390 124,408 119,426 113,446 110,468 108,490",
            // outer thigh to the knee, calf, ankle
            "107,515 108,545 110,575 114,610 119,645 125,675 129,700 130,722 127,745 124,770 124,795 127,825 132,855 137,885 141,905 *143,922",
            // inner ankle, calf, knee, thigh to the crotch
            "*180,922 181,905 183,885 186,860 190,830 193,800 193,770 190,745 186,725 184,705 185,685 188,660 191,630 194,600 196,572 198,552 *200,540");

    private Body() {
    }

    static Area silhouette(boolean back) {
        Area a = new Area(Pen.symmetric(OUTLINE));
        a.add(Pen.both(hand()));
        a.add(Pen.both(back ? sole() : foot()));
        return a;
    }

    // ---------------------------------------------------------------- head

    /** The head as its own outline (ears and jaw), drawn as an unrated detail over the neck. */
    static Area head() {
        return new Area(Pen.symmetric(
                "200,18h 181,20 166,28 157,41 153,57 153,72 *151,78 148,86 148,97 151,105 *156,110 "
                        + "160,118 166,128 175,137 187,144 200,147h"));
    }

    /** The back of the head down to the hairline at the nape. */
    static Area backOfHead() {
        // The head above a hairline that dips to the nape between the ears.
        Area above = new Area(Pen.symmetric("200,0h *120,0 *120,110 *156,112 166,121 180,128 200,131h"));
        return Pen.intersect(Body.silhouette(true), above);
    }

    // ---------------------------------------------------------------- hand

    /** Where the wrist's centre is and how far the hand is turned out from vertical, in degrees. */
    static final double WRIST_X = 60.5;
    static final double WRIST_Y = 508;
    static final double HAND_TILT = 9;

    private static Area toHand(Area local) {
        AffineTransform t = AffineTransform.getTranslateInstance(WRIST_X, WRIST_Y);
        t.rotate(Math.toRadians(HAND_TILT));
        return local.createTransformedArea(t);
    }

    /** Palm (heel of the hand to the knuckles), in the hand's frame: y along the hand, thumb at -x. */
    private static Area palmLocal() {
        return new Area(Pen.smooth("-16,-8 16,-8 18,6 21,20 22,36 *20,50 10,55 0,56 -11,55 *-20,51 -22,38 -21,22 -18,8"));
    }

    private static List<Area> fingersLocal() {
        List<Area> f = new ArrayList<>();
        f.add(Pen.capsule(-15, 50, -17.5, 92, 5.4, 4.4));
        f.add(Pen.capsule(-4.2, 52, -5, 100, 5.6, 4.6));
        f.add(Pen.capsule(6.8, 51, 8.6, 95.5, 5.4, 4.5));
        f.add(Pen.capsule(16.5, 47, 20.5, 83, 4.8, 3.9));
        return f;
    }

    private static Area thumbLocal() {
        Area t = Pen.capsule(-16, 12, -33, 47, 8, 5.4);
        t.add(Pen.ellipse(-16, 20, 8.5, 14));
        return t;
    }

    static Area hand() {
        Area a = palmLocal();
        fingersLocal().forEach(a::add);
        a.add(thumbLocal());
        return toHand(a);
    }

    /** The palm region's rough drawing: the palm from the wrist crease to the finger creases. */
    static Area palm() {
        Area p = new Area(Pen.smooth("-16,2 16,2 18,12 21,24 22,38 *20,51 10,55 0,56 -11,55 *-20,52 -22,40 -21,26 -18,12"));
        return toHand(p);
    }

    /** Lines of the hand drawn as details: the whole hand, each finger below the knuckles, the thumb. */
    static List<Area> handDetails() {
        List<Area> d = new ArrayList<>();
        Area whole = palmLocal();
        fingersLocal().forEach(whole::add);
        whole.add(thumbLocal());
        // The hand's top edge is the wrist crease, a gentle curve.
        whole.intersect(new Area(Pen.smooth("-30,2 0,-1 30,2 40,140 -40,140")));
        d.add(toHand(whole));
        Area below = new Area(new Rectangle2D.Double(-40, 54, 80, 80));
        for (Area f : fingersLocal()) {
            d.add(toHand(Pen.intersect(f, below)));
        }
        Area thumb = Pen.minus(thumbLocal(), palmLocal());
        d.add(toHand(thumb));
        return d;
    }

    // ---------------------------------------------------------------- feet

    private static Area[] toes(double dy) {
        Area[] toes = {
            Pen.ellipse(182, 976.5, 7.5, 9), Pen.ellipse(170.5, 976, 5.6, 8), Pen.ellipse(160.5, 975, 5.2, 7.6),
            Pen.ellipse(151.5, 973, 4.9, 7), Pen.ellipse(143.5, 969.5, 4.6, 6.4)};
        for (Area t : toes) {
            t.transform(AffineTransform.getTranslateInstance(0, dy));
        }
        return toes;
    }

    /** How much lower the toes are on the sole, seen from behind, than on the top of the foot. */
    private static final double SOLE_TOES = 5;

    /** The front of the foot: the top of the foot fanning out from the ankle to the toes. */
    static Area foot() {
        Area a = new Area(Pen.smooth("146,905 178,905 181,925 184,944 188,960 *190,971 *138,970 138,957 140,940 143,923"));
        for (Area t : toes(0)) {
            a.add(t);
        }
        return a;
    }

    /** The foot seen from behind, as on tiptoe: heel below the ankle, the sole widening to the ball and toes. */
    static Area sole() {
        Area a = new Area(Pen.smooth("145,902 178,902 181,920 183,936 187,952 191,966 *193,977 *133,976 135,964 139,950 140,934 142,918"));
        for (Area t : toes(SOLE_TOES)) {
            a.add(t);
        }
        return a;
    }

    /** The sole region's rough drawing: heel, arch and ball, up to the toes. */
    static Area soleRegion() {
        return new Area(Pen.smooth("161,915 178,917 183,934 187,951 191,965 *193,976 *133,975 135,963 139,948 141,932 145,920"));
    }

    static List<Area> footDetails(boolean back) {
        List<Area> d = new ArrayList<>();
        d.add(back ? sole() : foot());
        Area below = new Area(new Rectangle2D.Double(120, back ? 973 : 967, 80, 40));
        for (Area t : toes(back ? SOLE_TOES : 0)) {
            d.add(Pen.intersect(t, below));
        }
        return d;
    }
}
