"""``edge-showcase``: the window by default; ``detect``, ``models``, ``doctor``, ``bench`` for scripting.

Every sub-command uses the same pipeline code as the window. Errors print one line on stderr and
exit non-zero; ``--json`` gives machine-readable output.
"""

from __future__ import annotations

import errno
import os
import sys

from app.cli.commands import COMMANDS, pipeline_of
from app.cli.parser import parse_arguments, provider_request
from pipelines.errors import ShowcaseError
from pipelines.runtime.engine_support import require

EXIT_ERROR = 1
OUTPUT_ERRORS = (errno.ENOSPC, errno.EIO, errno.EDQUOT)  # stdout on a full or failing disk


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    try:
        if args.selftest:
            from app.cli.selftest import run_selftest

            return run_selftest()
        if args.command is None:
            from app.gui import run_gui

            return run_gui(
                args.source,
                provider_request(args),
                args.model,
                args.screenshot,
                args.quit_after,
                args.panel,
                args.prompt,
                args.precision,
                args.strict,
                args.kiosk,
                args.display,
                args.lang,
            )
        pipeline = pipeline_of(args)
        if pipeline:
            require(pipeline)
        return COMMANDS[args.command](args)
    except ShowcaseError as error:
        print(f"edge-showcase: error: {error.one_line()}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of the output left (``| head``): nothing more to say, and nowhere to say it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python's own flush at exit would fail too
        return EXIT_ERROR
    except OSError as error:
        if error.errno not in OUTPUT_ERRORS:
            raise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(f"edge-showcase: error: could not write the output ({error.strerror})", file=sys.stderr)
        return EXIT_ERROR
