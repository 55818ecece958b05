"""Editor layer: forgetting the source lines of modules that Qt for Python read at import.

Once PySide6 is imported, its import hook reads the whole source of every module imported
after it, to see whether the module names PySide6 (for its opt-in ``__feature__``
switches). It reads through ``linecache``, which keeps every line: about 20 MB for the
editor's 600 modules (networkx, numpy, the standard library, ours), kept for the whole
session. Nothing needs them: a traceback reads its lines again.
"""

from __future__ import annotations

import linecache


def forget_module_sources() -> int:
    """Drop the lines ``linecache`` read from source files; return how many files.

    Lines registered for code made at run time (no modification time) stay: they cannot
    be read again.
    """
    cache = linecache.cache
    read_from_files = [name for name, entry in list(cache.items())
                       if len(entry) == 4 and entry[1] is not None]
    for name in read_from_files:
        cache.pop(name, None)
    return len(read_from_files)
