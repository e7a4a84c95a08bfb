"""Measuring: rolling metrics, the timing log, the benches that span pipelines, soak, the session report."""
