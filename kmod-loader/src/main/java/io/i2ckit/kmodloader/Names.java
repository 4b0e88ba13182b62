// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

/** Module and alias names as kmod compares them. */
public final class Names {
    private Names() {
    }

    /**
     * A module name as the kernel knows it: from a name or a file path, dashes become
     * underscores and everything from the first dot goes ({@code i2c-dev.ko.xz} is {@code i2c_dev}).
     */
    public static String module(String nameOrPath) {
        String n = nameOrPath.substring(nameOrPath.lastIndexOf('/') + 1);
        int dot = n.indexOf('.');
        if (dot >= 0) {
            n = n.substring(0, dot);
        }
        return n.replace('-', '_');
    }

    /** An alias or pattern with dashes as underscores, except inside {@code [...]} classes. */
    public static String alias(String alias) {
        StringBuilder sb = new StringBuilder(alias.length());
        boolean inClass = false;
        for (char c : alias.toCharArray()) {
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            sb.append(c == '-' && !inClass ? '_' : c);
        }
        return sb.toString();
    }
}
