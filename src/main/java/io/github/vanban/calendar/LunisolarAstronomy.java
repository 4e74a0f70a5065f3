package io.github.vanban.calendar;

/**
 * The two astronomical quantities the Vietnamese calendar is built from: the instant of each new moon and
 * the apparent longitude of the sun. Both use the low-precision series of Jean Meeus ("Astronomical
 * Algorithms") that Hồ Ngọc Đức's published Vietnamese calendar is computed with, so that civil days
 * derived from them agree with that calendar. All instants are Julian Days (UT, fractional).
 */
final class LunisolarAstronomy {

    /** Julian Day near the new moon of 1900-01-01, the origin of the lunation count. */
    static final double LUNATION_ORIGIN = 2415021.076998695;
    /** Mean length of a lunation in days. */
    static final double SYNODIC_MONTH = 29.530588853;

    private static final double RAD = Math.PI / 180;

    private LunisolarAstronomy() {
    }

    /** The instant (Julian Day, UT) of new moon number {@code k}, counted from the new moon of January 1900. */
    static double newMoon(int k) {
        double t = k / 1236.85; // Julian centuries since 1900-01-01
        double t2 = t * t;
        double t3 = t2 * t;
        double meanPhase = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * sinDeg(166.56 + 132.87 * t - 0.009173 * t2);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double moonLatitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * sinDeg(sunAnomaly)
                + 0.0021 * sinDeg(2 * sunAnomaly)
                - 0.4068 * sinDeg(moonAnomaly)
                + 0.0161 * sinDeg(2 * moonAnomaly)
                - 0.0004 * sinDeg(3 * moonAnomaly)
                + 0.0104 * sinDeg(2 * moonLatitude)
                - 0.0051 * sinDeg(sunAnomaly + moonAnomaly)
                - 0.0074 * sinDeg(sunAnomaly - moonAnomaly)
                + 0.0004 * sinDeg(2 * moonLatitude + sunAnomaly)
                - 0.0004 * sinDeg(2 * moonLatitude - sunAnomaly)
                - 0.0006 * sinDeg(2 * moonLatitude + moonAnomaly)
                + 0.0010 * sinDeg(2 * moonLatitude - moonAnomaly)
                + 0.0005 * sinDeg(2 * moonAnomaly + sunAnomaly);
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return meanPhase + correction - deltaT;
    }

    /** The apparent ecliptic longitude of the sun at Julian Day {@code jd}, in degrees, in [0, 360). */
    static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525; // Julian centuries since J2000.0
        double t2 = t * t;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sinDeg(meanAnomaly)
                + (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly)
                + 0.000290 * sinDeg(3 * meanAnomaly);
        double ascendingNode = 125.04 - 1934.136 * t;
        double apparent = meanLongitude + centre - 0.00569 - 0.00478 * sinDeg(ascendingNode);
        double reduced = apparent - 360 * Math.floor(apparent / 360);
        return reduced >= 360 ? 0 : reduced;
    }

    private static double sinDeg(double degrees) {
        return StrictMath.sin(degrees * RAD);
    }
}
