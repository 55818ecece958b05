"""``python -m customer_modeler`` does what the ``customer-modeler`` command does."""

import sys

from customer_modeler.cli.main import main

sys.exit(main())
