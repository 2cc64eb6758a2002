/**
 * Image data: an IDX (MNIST-format) reader that names the file in every error, Fashion-MNIST from
 * the Debian package's location or any directory, and seeded rot90 and flip test sets made with the
 * group core's exact image action. Start with {@link io.equirl.vision.data.FashionMnist}.
 */
package io.equirl.vision.data;
