"""Our SVG text escapes exactly as ``xml.sax.saxutils`` does (written out so that the
editor's start does not import it)."""

from __future__ import annotations

import itertools
import subprocess
import sys
from xml.sax.saxutils import escape, quoteattr

from customer_modeler.notation.svg_text import attr, clean, text_content

#: Every character the escaping treats specially, and some it leaves alone.
CHARACTERS = ["a", "&", "<", ">", '"', "'", "\n", "\r", "\t", "é", "ก", "\x01"]


def test_attribute_values_and_text_are_escaped_as_saxutils_does():
    for length in range(5):
        for characters in itertools.product(CHARACTERS, repeat=length):
            text = "".join(characters)
            assert attr(text) == quoteattr(clean(text)), text
            assert text_content(text) == escape(clean(text)), text
    for value in (3, 2.5, None, "Sales & Marketing", 'say "hi"', "it's \"fine\""):
        assert attr(value) == quoteattr(clean(str(value)))


def test_the_svg_text_module_does_not_import_the_url_library():
    code = "import sys, customer_modeler.notation.svg_text; print('urllib.request' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["False"], done.stderr
