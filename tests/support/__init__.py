"""What the tests share: helpers, fakes of hardware and packages, a network tracer."""
