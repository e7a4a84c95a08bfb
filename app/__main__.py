"""``python -m app`` is the same as ``edge-showcase``."""

import sys

from app.cli.main import main

if __name__ == "__main__":  # the engines' child processes import this module again (spawn)
    sys.exit(main())
