package org.outagedesk.testsupport.hostile;

/** Prints how many hostile input x field combinations a test drove (grep HOSTILE-COMBINATIONS in the build log). */
public final class HostileCount {

    private HostileCount() {}

    public static void add(String field, int combinations) {
        System.out.println("HOSTILE-COMBINATIONS " + field + " = " + combinations);
    }
}
