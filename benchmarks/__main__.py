"""``python -m benchmarks``: the benchmark runner (see :mod:`benchmarks.runner`)."""

from benchmarks.runner import main

raise SystemExit(main())
