"""Entry point of the frozen app: the same as the ``edge-showcase`` console script."""

import sys

from app.cli import main

sys.exit(main())
