"""The start of each worker of a local cluster, as Dask's worker preload.

Those workers are forked from the driver, so they inherit its signal handlers, the CLI's
SIGTERM handler among them. As with `--jobs` workers, Ctrl-C and SIGTERM are the driver's to
handle (it closes the cluster); a worker that gets SIGTERM all the same ends at once.
"""

from __future__ import annotations

import signal


def dask_setup(worker: object) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
