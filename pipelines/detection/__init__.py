"""Object detection: frame sources, detectors (pre, infer, post, NMS) and the live pipeline."""
