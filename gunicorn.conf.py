"""gunicorn reads this file from the working directory by itself."""

import gc


def post_worker_init(worker):
    # Django, Wagtail and the loaded app are long-lived: keeping them out of the cyclic
    # garbage collector's reach turns its occasional full passes from tens of milliseconds
    # into almost nothing, which is most of a cached page's worst-case latency.
    gc.freeze()
