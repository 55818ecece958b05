"""Entry point of the packaged app (PyInstaller): the same as the customer-modeler command."""

import sys

from customer_modeler.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
