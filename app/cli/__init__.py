"""The ``edge-showcase`` command line: the parser, and one module per sub-command that needs more than a few lines."""
