"""The user guide shipped with the program (Help ▸ User Guide); the same text as docs/user-guide.md."""

from __future__ import annotations

from pathlib import Path

#: The guide beside this module: package data in an install, collected beside the code
#: in the packaged app.
USER_GUIDE = Path(__file__).with_name("user-guide.md")
