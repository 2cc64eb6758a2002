/**
 * The pretrained CNNs: ResNet- and AlexNet-style networks split into features and a two-layer head,
 * their seeded pretraining on upright images, and their files on disk. Start with {@link
 * io.equirl.vision.model.Architecture}.
 */
package io.equirl.vision.model;
