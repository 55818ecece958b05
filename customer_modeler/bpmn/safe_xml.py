"""BPMN layer: the safe-parsing front door of the reader, bytes in, lxml tree out.

Every file the program opens passes through :func:`parse_bytes` before anything
looks at its elements. It refuses what is unsafe or unreadable with one clear
:class:`~customer_modeler.bpmn.errors.BpmnReadError`: files over the size cap,
empty files, any DOCTYPE (so no entity, DTD, network or file access can happen),
NUL bytes, bytes that are not valid in the file's encoding and XML that is not
well-formed. The text is decoded and checked here with Python's codecs first, so
the DOCTYPE scan sees real characters whatever the encoding (UTF-16, UTF-32, a
declared 8-bit code page) and errors can name the line and column. libxml2 then
parses the original bytes with every external access switched off, and the
result is checked again for a DOCTYPE. :func:`check_bpmn_root` then makes sure
the XML is BPMN 2.0 at all.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple, NoReturn

from lxml import etree

from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.namespaces import BPMN
from customer_modeler.bpmn.xml_repairs import WELL_KNOWN_PREFIXES, declare_prefixes, repair_declaration

MAX_BYTES = 200 * 1024 * 1024
#: Deepest element nesting read (libxml2's own limit in its normal mode).
MAX_DEPTH = 256

BPMN_MODEL_NS = BPMN
_DRAFT_NAMESPACES = ("http://schema.omg.org/spec/BPMN/2.0",)

# Byte patterns that tell the encoding before any declaration can be read
# (XML 1.0 appendix F, the same table libxml2 uses): BOMs first, longest first.
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
)
_WIDE_PATTERNS = (
    (b"\x00\x00\x00<", "utf-32-be", "UTF-32"),
    (b"<\x00\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00<\x00?", "utf-16-be", "UTF-16"),
    (b"<\x00?\x00", "utf-16-le", "UTF-16"),
)
_EBCDIC_XML_DECL = b"\x4c\x6f\xa7\x94"
_DECLARED_ENCODING = re.compile(
    rb"<\?xml[ \t\r\n][^>]*?encoding[ \t\r\n]*=[ \t\r\n]*([\"'])([A-Za-z][A-Za-z0-9._-]*)\1"
)
# Text that must encode to the same bytes as ASCII for the declaration to be
# readable before the encoding is known.
_ASCII_PROBE = "<?xml version='1.0' encoding=\"x\"?><!DOCTYPE -->\n\t abcXYZ09_.:"
# Whatever may come before a DOCTYPE: the XML declaration, PIs, comments, blanks.
_PROLOG = re.compile(r"(?:[ \t\r\n]+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_DOCTYPE = "<!DOCTYPE"
_XML_BLANKS = " \t\r\n"
# The same, for a file checked as bytes (see ``_check_ascii``).
_PROLOG_BYTES = re.compile(_PROLOG.pattern.encode(), re.DOTALL)
_NOT_BLANK = re.compile(rb"[^ \t\r\n]")


class _Encoding(NamedTuple):
    """How the file's bytes are to be decoded."""

    codec: str  # Python codec name
    label: str  # the name a person reads: as declared, or UTF-8 / UTF-16 / UTF-32
    skip: int  # length of the byte-order mark, if any
    declared: bool  # the label comes from the file's XML declaration


class _RefuseAllResolver(etree.Resolver):
    """Refuses every external resource (DTD, entity, XInclude) libxml2 asks for."""

    # lxml passes a context too; lxml-stubs leave it out, hence the default.
    def resolve(self, system_url: str, public_id: str, context: object = None) -> NoReturn:
        raise BpmnReadError(
            f"The file refers to the external resource {system_url!r}; "
            "it is refused for safety."
        )


def parse_bytes(data: bytes, repairs: list[str] | None = None, *,
                keep_blank_text: bool = True) -> etree._ElementTree:
    """Parse a whole BPMN file given as bytes, refusing unsafe or unreadable input.

    Parameters
    ----------
    data : bytes
        The complete file content. Never a path: decoding and size checks need
        the bytes, and libxml2 must not open anything itself.
    repairs : list of str, optional
        When given, the harmless slips other BPMN tools accept (``xml_repairs``) are
        repaired and each repair is described in this list; the repaired bytes then
        pass every check below. Without it the input must be well-formed as it is.
    keep_blank_text : bool
        False drops the whitespace between elements (libxml2's "ignorable" blanks;
        whitespace inside an element without children and beside other text stays):
        for a file whose layout a save replaces anyway, that is about a sixth of the
        tree's memory.

    Returns
    -------
    lxml.etree._ElementTree
        The parsed document, comments, processing instructions and (unless asked not to)
        blank text kept.

    Raises
    ------
    BpmnReadError
        Too large, empty, a DOCTYPE, NUL bytes, bytes invalid in the encoding,
        an unsupported encoding, or XML that is not well-formed. The message is
        one sentence; ``line`` and ``column`` are set when a place is known.
    TypeError
        ``data`` is not bytes (for example a path or an already decoded string).
    """
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"parse_bytes takes the file's bytes, not {type(data).__name__}")
    data = bytes(data)
    _check_size(data)
    if repairs is not None:
        data = repair_declaration(data, repairs)
    _check_before_parsing(data)
    try:
        tree = _parse(data, keep_blank_text=keep_blank_text)
    except _UndeclaredPrefixes as missing:
        repaired = declare_prefixes(data, missing.prefixes) if repairs is not None else None
        if repaired is None or repairs is None:
            raise missing.error from None
        _check_before_parsing(repaired)
        tree = _parse(repaired, may_lack_prefixes=False, keep_blank_text=keep_blank_text)
        repairs.append("the namespace prefix(es) " + ", ".join(missing.prefixes)
                       + " were used without being declared and were declared")
    _check_no_doctype_after_parse(tree)
    return tree


def _check_before_parsing(data: bytes) -> None:
    """Size, encoding, NULs and DOCTYPE: everything that is refused before libxml2 runs."""
    _check_size(data)
    encoding = _detect_encoding(data)
    if encoding.codec == "utf-8" and data.isascii():
        _check_ascii(data)
        return
    text = _decode(data, encoding)
    if not text.strip(_XML_BLANKS):
        raise BpmnReadError("The file is empty.")
    _check_no_nul(text)
    _check_no_doctype_in_prolog(text)


def _check_ascii(data: bytes) -> None:
    """The checks of :func:`_check_before_parsing` on a file whose every byte is an ASCII
    character, read as bytes: its text would be a copy of them (100 MB at 100,000 steps)."""
    nul = data.find(b"\x00")
    if nul >= 0:
        _raise_nul(data[:nul].decode("ascii"), in_bytes=True)
    if _NOT_BLANK.search(data) is None:
        raise BpmnReadError("The file is empty.")
    prolog = _PROLOG_BYTES.match(data)
    end = prolog.end() if prolog else 0
    _check_no_doctype_in_prolog(data[: end + len(_DOCTYPE)].decode("ascii"))


def check_bpmn_root(tree: etree._ElementTree) -> None:
    """Make sure the document is BPMN 2.0: root ``definitions`` in the model namespace.

    Parameters
    ----------
    tree : lxml.etree._ElementTree
        A tree from :func:`parse_bytes`.

    Raises
    ------
    BpmnReadError
        The root element is not ``definitions``, or is ``definitions`` in another
        namespace (none, the pre-release BPMN 2.0 draft namespace, or a foreign one).
    """
    root = tree.getroot()
    qname = etree.QName(root)
    namespace = qname.namespace
    line = root.sourceline if isinstance(root.sourceline, int) else None
    if qname.localname != "definitions":
        where = f"namespace {namespace}" if namespace else "no namespace"
        raise BpmnReadError(
            f"The file is XML but not BPMN 2.0: its root element is <{qname.localname}> "
            f"({where}), expected <definitions> in the BPMN 2.0 namespace.",
            line=line,
        )
    if namespace != BPMN_MODEL_NS:
        raise BpmnReadError(_namespace_message(namespace), line=line)


def _namespace_message(namespace: str | None) -> str:
    """Explain why a ``definitions`` root in ``namespace`` is not BPMN 2.0."""
    if not namespace:
        return (
            "The file's root element <definitions> has no namespace; "
            f"BPMN 2.0 files put it in the namespace {BPMN_MODEL_NS}."
        )
    if namespace in _DRAFT_NAMESPACES:
        return (
            f"The file uses the pre-release BPMN 2.0 draft namespace {namespace}; "
            f"only the final BPMN 2.0 namespace {BPMN_MODEL_NS} can be read."
        )
    return (
        f"The file's root element <definitions> is in the namespace {namespace}, "
        f"not in the BPMN 2.0 namespace {BPMN_MODEL_NS}."
    )


def _check_size(data: bytes) -> None:
    """Refuse input over :data:`MAX_BYTES` before any decoding or parsing."""
    if len(data) > MAX_BYTES:
        raise BpmnReadError(
            f"The file is {human_size(len(data))}, more than the "
            f"{human_size(MAX_BYTES)} this program opens."
        )


def human_size(size: int) -> str:
    """``size`` bytes as a person reads it: bytes, or MB with one decimal when needed."""
    if size < 1024 * 1024:
        return f"{size:,} bytes"
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.0f} MB" if megabytes == int(megabytes) else f"{megabytes:.1f} MB"


def _detect_encoding(data: bytes) -> _Encoding:
    """Work out the encoding from a BOM, the UTF-16/32 layout of '<', or the declaration."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _Encoding(codec, label, len(bom), declared=False)
    for pattern, codec, label in _WIDE_PATTERNS:
        if data.startswith(pattern):
            return _Encoding(codec, label, 0, declared=False)
    if data.startswith(_EBCDIC_XML_DECL):
        raise BpmnReadError(
            "The file is encoded in EBCDIC, which is not supported; save it as UTF-8."
        )
    match = _DECLARED_ENCODING.match(data)
    if match is None:
        return _Encoding("utf-8", "UTF-8", 0, declared=False)
    return _declared_encoding(match.group(2).decode("ascii"))


def _declared_encoding(label: str) -> _Encoding:
    """The encoding an 8-bit file's declaration names, if it can be read safely."""
    try:
        codec = codecs.lookup(label).name
        readable = _ASCII_PROBE.encode(codec) == _ASCII_PROBE.encode("ascii")
    except (LookupError, UnicodeError):
        raise BpmnReadError(
            f"The file declares the encoding {label!r} on line 1, which is unknown.",
            line=1,
        ) from None
    if codec.startswith(("utf-16", "utf-32")):
        raise BpmnReadError(
            f"The file declares the encoding {label!r} on line 1 but its bytes are "
            "not in that encoding (it has no byte-order mark); save it again as UTF-8.",
            line=1,
        )
    if not readable:
        raise BpmnReadError(
            f"The file declares the encoding {label!r} on line 1, which is not "
            "supported for BPMN files; save it again as UTF-8.",
            line=1,
        )
    return _Encoding(codec, label, 0, declared=True)


def _decode(data: bytes, encoding: _Encoding) -> str:
    """Decode the bytes after any BOM, refusing undecodable bytes with their place."""
    body = data[encoding.skip :]
    if not encoding.codec.startswith(("utf-16", "utf-32")):
        # An 8-bit file with a NUL byte is binary or mislabelled: say so first.
        nul = body.find(b"\x00")
        if nul >= 0:
            _raise_nul(body[:nul].decode(encoding.codec, errors="replace"), in_bytes=True)
    try:
        return body.decode(encoding.codec)
    except UnicodeDecodeError as error:
        before = body[: error.start].decode(encoding.codec)
        line, column = _line_column(before)
        bad = body[error.start : error.start + 1].hex().upper()
        raise BpmnReadError(
            _decode_message(encoding, bad, line, column), line=line, column=column
        ) from None


def _decode_message(encoding: _Encoding, bad_byte: str, line: int, column: int) -> str:
    """One sentence saying which byte cannot be decoded, and where."""
    where = f"at line {line}, column {column}"
    if encoding.declared:
        return (
            f"The file declares the encoding {encoding.label} but byte 0x{bad_byte} "
            f"{where} is not valid in it."
        )
    if encoding.label == "UTF-8" and encoding.skip == 0:
        return (
            f"The file is not valid UTF-8 and declares no other encoding: byte "
            f"0x{bad_byte} {where} cannot be read."
        )
    return f"The file is not valid {encoding.label}: the bytes {where} cannot be read."


def _line_column(before: str) -> tuple[int, int]:
    """1-based line and column of the character that follows the text ``before``.

    XML counts CR LF, a lone CR and a lone LF each as one line break.
    """
    breaks = before.count("\n") + before.count("\r") - before.count("\r\n")
    last_break = max(before.rfind("\n"), before.rfind("\r"))
    return breaks + 1, len(before) - last_break


def _check_no_nul(text: str) -> None:
    """Refuse a U+0000 character (possible in UTF-16/32 text), which XML forbids."""
    nul = text.find("\x00")
    if nul >= 0:
        _raise_nul(text[:nul], in_bytes=False)


def _raise_nul(before: str, *, in_bytes: bool) -> NoReturn:
    """Refuse the file for a NUL found right after the text ``before``.

    A NUL byte in an 8-bit file means binary data or a wrong encoding; a decoded
    U+0000 (from UTF-16/32) is a character XML forbids.
    """
    line, column = _line_column(before)
    where = f"at line {line}, column {column}"
    message = (
        f"The file contains a NUL byte {where}, so it is binary data or in an "
        "encoding it does not declare."
        if in_bytes
        else f"The file contains a NUL character (U+0000) {where}, which XML does not allow."
    )
    raise BpmnReadError(message, line=line, column=column)


def _check_no_doctype_in_prolog(text: str) -> None:
    """Refuse a DOCTYPE before libxml2 sees it: skip the prolog, look at what follows."""
    prolog_end = _PROLOG.match(text)
    start = prolog_end.end() if prolog_end else 0
    if text[start : start + len(_DOCTYPE)].upper() == _DOCTYPE:
        line, _ = _line_column(text[:start])
        raise BpmnReadError(_doctype_message(line), line=line)


def _doctype_message(line: int | None) -> str:
    """The refusal for a DOCTYPE, with its line when known."""
    where = f" at line {line}" if line is not None else ""
    return (
        f"The file declares a DOCTYPE{where}; BPMN files need none "
        "and it is refused for safety."
    )


def _check_no_doctype_after_parse(tree: etree._ElementTree) -> None:
    """Second line of defence: refuse a DOCTYPE the prolog scan did not see."""
    info = tree.docinfo
    doctype = getattr(info, "doctype", "")  # not in lxml-stubs, present in lxml
    if doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise BpmnReadError(_doctype_message(None))


def _new_parser(*, huge: bool = False, recover: bool = False,
                keep_blank_text: bool = True) -> etree.XMLParser:
    """An lxml parser that loads, resolves and fetches nothing and keeps all content
    (but blank text between elements when ``keep_blank_text`` is False).

    ``huge`` lifts libxml2's 10 MB limit on one text or attribute (our own size cap and
    depth limit still apply); ``recover`` is only used once a strict parse has shown
    that the document's sole problems are namespace URI warnings.
    """
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=huge,
        recover=recover,
        remove_comments=False,
        remove_blank_text=not keep_blank_text,
        strip_cdata=False,  # scripts and conditions in CDATA are written back as CDATA
    )
    parser.resolvers.add(_RefuseAllResolver())
    return parser


class _UndeclaredPrefixes(Exception):
    """The only problems are well-known prefixes used without a declaration."""

    def __init__(self, prefixes: list[str], error: BpmnReadError) -> None:
        super().__init__(str(error))
        self.prefixes = prefixes
        self.error = error


def _parse(data: bytes, *, may_lack_prefixes: bool = True,
           keep_blank_text: bool = True) -> etree._ElementTree:
    """Let libxml2 parse the original bytes, turning its errors into one sentence.

    One limit policy: any document within :data:`MAX_BYTES` and :data:`MAX_DEPTH` is
    read, however long one of its texts or attributes is, so every file this program
    writes can be opened again. A namespace URI that is not a valid URI (a blank in it)
    is only a warning of libxml2's and is accepted.
    """
    huge = recover = False
    while True:
        parser = _new_parser(huge=huge, recover=recover, keep_blank_text=keep_blank_text)
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError as error:
            entries = list(parser.error_log)
            if not huge and any(_is_size_limit(e) for e in entries):
                huge = True
                continue
            if not recover and entries and all(_is_uri_warning(e) for e in entries):
                recover = True
                continue
            refusal = _syntax_error(parser, error)
            prefixes = _undeclared_prefixes(entries)
            if may_lack_prefixes and prefixes:
                raise _UndeclaredPrefixes(prefixes, refusal) from None
            raise refusal from None
        except etree.LxmlError:
            raise BpmnReadError("The file could not be read as XML.") from None
        if root is None or (recover and not all(_is_uri_warning(e) for e in parser.error_log)):
            raise BpmnReadError("The file could not be read as XML.")
        if huge:
            _check_depth(root)
        return root.getroottree()


def _is_size_limit(entry: etree._LogEntry) -> bool:
    return bool(entry.type_name == "ERR_RESOURCE_LIMIT" and "depth" not in entry.message.lower())


def _is_uri_warning(entry: etree._LogEntry) -> bool:
    return bool(entry.type_name == "WAR_NS_URI")


_UNDEFINED_PREFIX = re.compile(r"Namespace prefix (\S+) on (\S+) is not defined")


def _undeclared_prefixes(entries: list[etree._LogEntry]) -> list[str]:
    """The well-known prefixes a document uses undeclared, when that is all that is wrong."""
    prefixes: list[str] = []
    for entry in entries:
        if _is_uri_warning(entry):
            continue
        match = _UNDEFINED_PREFIX.match(entry.message.strip())
        if entry.type_name != "NS_ERR_UNDEFINED_NAMESPACE" or match is None \
                or match.group(1) not in WELL_KNOWN_PREFIXES:
            return []
        if match.group(1) not in prefixes:
            prefixes.append(match.group(1))
    return prefixes


def _check_depth(root: etree._Element) -> None:
    """The nesting limit libxml2 enforces in its normal mode, for documents read in huge mode."""
    depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > MAX_DEPTH:
            line = element.sourceline if isinstance(element.sourceline, int) else None
            where = f" at line {line}" if line else ""
            raise BpmnReadError(
                f"The file is not well-formed XML: elements are nested more than "
                f"{MAX_DEPTH} levels deep{where}.", line=line)


def _syntax_error(parser: etree.XMLParser, error: etree.XMLSyntaxError) -> BpmnReadError:
    """The last (most telling) libxml2 error of this parse as a BpmnReadError."""
    entries = list(parser.error_log)
    if entries:
        message, line, column = entries[-1].message, entries[-1].line, entries[-1].column
    else:
        message, line, column = str(error.msg), error.lineno or 0, error.offset or 0
    where = f" at line {line}, column {column}" if line > 0 and column > 0 else ""
    return BpmnReadError(
        f"The file is not well-formed XML: {_plain_reason(message)}{where}.",
        line=line if line > 0 else None,
        column=column if column > 0 else None,
    )


# libxml2's wording for common errors, in words a person understands.
_REPHRASINGS = (
    (r"Couldn't find end of Start Tag (\S+).*", r"the start tag <\1> is missing its closing '>'"),
    (r"Premature end of data in tag (\S+) line (\d+)",
     r"the file ends before <\1> from line \2 is closed"),
    (r"Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)",
     r"the end tag </\3> does not match <\1> from line \2"),
    (r"Start tag expected, '<' not found", "no root element was found"),
    (r"Document is empty", "no root element was found"),
    (r"Extra content at the end of the document", "there is more content after the root element"),
    (r"Entity '([^']+)' not defined", r"the entity &\1; is not one of XML's predefined entities"),
    (r"xmlParseCharRef: invalid xmlChar value (\d+)",
     r"the character reference &#\1; names a character XML does not allow"),
    (r"Excessive depth in document: (\d+).*", r"elements are nested more than \1 levels deep"),
    (r"Resource limit exceeded: .*", "a part of the file is larger than this program reads"),
    (r"attributes construct error", "an attribute is malformed"),
    (r"Invalid bytes in character encoding", "bytes that are not valid in the file's encoding"),
    (r"Unsupported encoding:? (\S+)", r"the encoding \1 is not supported"),
)


def _plain_reason(message: str) -> str:
    """A one-line, jargon-free version of a libxml2 error message."""
    reason = " ".join(message.split())
    for pattern, replacement in _REPHRASINGS:
        plain, count = re.subn(f"^{pattern}$", replacement, reason)
        if count:
            return plain
    reason = re.sub(r"^xml\w+: ", "", reason).rstrip(".")  # drop libxml2 function names
    if reason[1:2].islower():
        reason = reason[0].lower() + reason[1:]  # it continues a sentence
    return reason or "unknown error"
