"""``python -m app`` is the same as ``edge-showcase``."""

import sys

from app.cli import main

sys.exit(main())
