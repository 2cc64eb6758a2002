package io.equirl.scan.train;

/**
 * One validation check of a run: the mean per-token training loss since the previous check, and
 * validation and test accuracy (test NaN where the run does not record it).
 */
public record CurvePoint(int iteration, double trainLoss, double validation, double test) {}
