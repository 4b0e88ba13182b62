// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

/**
 * Text the fan cannot show, an image that is not a fan message, or a font file with a fault;
 * the message says which, where, and what to do about it.
 */
public final class FanFormatException extends RuntimeException {
    public FanFormatException(String message) {
        super(message);
    }
}
