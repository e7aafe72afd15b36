"""``python -m benchmarks``: run every benchmark and print the table."""

import sys

from .run import main

sys.exit(main())
