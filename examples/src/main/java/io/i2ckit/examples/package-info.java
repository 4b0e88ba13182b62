// SPDX-License-Identifier: Apache-2.0
/** Small runnable programs that show the library API. */
package io.i2ckit.examples;
