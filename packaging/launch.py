"""Entry point of the frozen app: the same as the ``edge-showcase`` console script."""

import multiprocessing
import sys

from app.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the engines' child processes start this executable again
    sys.exit(main())
