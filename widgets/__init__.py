"""Qt widgets only: they draw results; no inference, no file or device I/O."""
