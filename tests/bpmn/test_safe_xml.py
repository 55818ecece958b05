"""Hostile, broken and oddly encoded input for the safe BPMN parser.

Every refusal must be a BpmnReadError with one plain sentence that says what is
wrong and where; nothing outside the given bytes may ever be read or fetched.
"""

from __future__ import annotations

import random
import secrets
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from customer_modeler.bpmn import safe_xml
from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.safe_xml import BPMN_MODEL_NS, check_bpmn_root, parse_bytes
from tests.conftest import shared_path

DECL_UTF8 = '<?xml version="1.0" encoding="UTF-8"?>\n'


def bpmn_text(task_name: str = "Check order", *, decl: str = DECL_UTF8, doctype: str = "",
              newline: str = "\n") -> str:
    """A small valid BPMN document; the task name is on line 4 (with decl and no doctype)."""
    lines = [
        f'<bpmn:definitions xmlns:bpmn="{BPMN_MODEL_NS}" id="Definitions_1"'
        ' targetNamespace="http://example.com/bpmn">',
        '  <bpmn:process id="Process_1">',
        f'    <bpmn:task id="Task_1" name="{task_name}"/>',
        "  </bpmn:process>",
        "</bpmn:definitions>",
    ]
    return decl + doctype + newline.join(lines) + newline


def with_documentation(text: str, body: str) -> str:
    """``text`` with ``body`` as the process's documentation (element content, line 3)."""
    process = '<bpmn:process id="Process_1">'
    return text.replace(process, f"{process}<bpmn:documentation>{body}</bpmn:documentation>")


def task_name(tree: etree._ElementTree) -> str | None:
    task = tree.find(f".//{{{BPMN_MODEL_NS}}}task")
    assert task is not None
    return task.get("name")


def assert_plain(error: BpmnReadError, *, place_in_message: bool = True) -> None:
    """One sentence, no traceback or libxml2 jargon, and the place when it is known."""
    message = str(error)
    assert message == error.message
    assert message and "\n" not in message and "\r" not in message
    assert message[0].isupper() and message.endswith(".")
    for jargon in ("Traceback", "lxml", "xmlParse", "XML_PARSE", "Error:", "libxml"):
        assert jargon not in message
    if place_in_message and error.line is not None:
        assert f"line {error.line}" in message
    if place_in_message and error.column is not None:
        assert f"column {error.column}" in message


def refusal(data: bytes) -> BpmnReadError:
    with pytest.raises(BpmnReadError) as info:
        parse_bytes(data)
    assert_plain(info.value)
    return info.value


def outcome_text(data: bytes) -> str:
    """Whatever the user could ever see: the serialised tree, or the refusal message."""
    try:
        return etree.tostring(parse_bytes(data), encoding="unicode")
    except BpmnReadError as error:
        return str(error)


@pytest.fixture
def canary(tmp_path: Path) -> tuple[Path, str]:
    """A local file with a unique secret that must never show up anywhere."""
    secret = f"CANARY-{secrets.token_hex(16)}"
    path = tmp_path / "canary.txt"
    path.write_text(secret, encoding="utf-8")
    return path, secret


@pytest.fixture
def canary_dtd(tmp_path: Path) -> tuple[Path, str]:
    """A local DTD that defines the entity ``leak`` as a unique secret."""
    secret = f"CANARY-{secrets.token_hex(16)}"
    path = tmp_path / "leak.dtd"
    path.write_text(f'<!ENTITY leak "{secret}">\n', encoding="utf-8")
    return path, secret


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local TCP port that records whether anything tried to connect."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)
    yield sock
    sock.close()


def assert_never_contacted(sock: socket.socket) -> None:
    with pytest.raises(BlockingIOError):
        sock.accept()


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()
    return f"http://{host}:{port}/x.dtd"


@pytest.fixture
def without_doctype_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch off both DOCTYPE refusals, leaving only the parser's own settings."""
    monkeypatch.setattr(safe_xml, "_check_no_doctype_in_prolog", lambda text: None)
    monkeypatch.setattr(safe_xml, "_check_no_doctype_after_parse", lambda tree: None)


# --- plain good input ---------------------------------------------------------------


def test_minimal_bpmn_parses_and_passes_root_check() -> None:
    tree = parse_bytes(bpmn_text().encode("utf-8"))
    check_bpmn_root(tree)
    assert task_name(tree) == "Check order"


def test_bpmn_as_default_namespace_passes_root_check() -> None:
    data = f'<definitions xmlns="{BPMN_MODEL_NS}" id="d"><process id="p"/></definitions>'
    check_bpmn_root(parse_bytes(data.encode("utf-8")))


def test_comments_pis_and_blank_text_are_kept() -> None:
    body = bpmn_text().replace("  <bpmn:process", "  <!-- note -->\n  <?tool x?>\n  <bpmn:process")
    tree = parse_bytes(body.encode("utf-8"))
    serialised = etree.tostring(tree.getroot(), encoding="unicode")
    assert "<!-- note -->" in serialised and "<?tool x?>" in serialised
    assert "\n  <bpmn:process" in serialised


def test_parse_bytes_rejects_paths_and_text(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        parse_bytes(str(tmp_path / "x.bpmn"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_bytes(tmp_path / "x.bpmn")  # type: ignore[arg-type]


# --- DOCTYPE, entities, external resources --------------------------------------------


def test_xxe_reading_local_file_is_refused_and_file_never_read(canary: tuple[Path, str]) -> None:
    path, secret = canary
    doctype = f'<!DOCTYPE bpmn:definitions [<!ENTITY xxe SYSTEM "{path.as_uri()}">]>\n'
    data = bpmn_text("&xxe;", doctype=doctype).encode("utf-8")
    error = refusal(data)
    assert "DOCTYPE" in str(error) and error.line == 2
    assert secret not in str(error)


@pytest.mark.parametrize("target", ["file", "http://127.0.0.1:9/x"])
def test_xxe_via_parameter_entity_is_refused(target: str, canary_dtd: tuple[Path, str]) -> None:
    path, secret = canary_dtd
    url = path.as_uri() if target == "file" else target
    doctype = f'<!DOCTYPE bpmn:definitions [<!ENTITY % ext SYSTEM "{url}"> %ext;]>\n'
    started = time.perf_counter()
    error = refusal(bpmn_text("&leak;", doctype=doctype).encode("utf-8"))
    assert time.perf_counter() - started < 2.0
    assert "DOCTYPE" in str(error) and error.line == 2
    assert secret not in str(error)


@pytest.mark.parametrize("target", ["file", "http://127.0.0.1:9/x"])
def test_external_dtd_is_refused(target: str, canary_dtd: tuple[Path, str]) -> None:
    path, secret = canary_dtd
    url = path.as_uri() if target == "file" else target
    doctype = f'<!DOCTYPE bpmn:definitions SYSTEM "{url}">\n'
    error = refusal(bpmn_text("&leak;", doctype=doctype).encode("utf-8"))
    assert "DOCTYPE" in str(error) and error.line == 2
    assert secret not in str(error)


def test_network_dtd_is_never_fetched(listener: socket.socket) -> None:
    url = url_of(listener)
    doctype = f'<!DOCTYPE d SYSTEM "{url}" [<!ENTITY % p SYSTEM "{url}"> %p;]>\n'
    refusal(bpmn_text(doctype=doctype).encode("utf-8"))
    assert_never_contacted(listener)


def test_innocent_doctype_is_refused() -> None:
    error = refusal(bpmn_text(doctype="<!DOCTYPE definitions>\n").encode("utf-8"))
    assert str(error) == (
        "The file declares a DOCTYPE at line 2; BPMN files need none and it is refused for safety."
    )
    assert error.line == 2


def test_doctype_after_comments_and_processing_instructions_is_found() -> None:
    prolog = DECL_UTF8 + "<!-- one -->\n<?tool run?>\n\n<!DOCTYPE definitions>\n"
    error = refusal(bpmn_text(decl=prolog).encode("utf-8"))
    assert error.line == 5


def test_doctype_text_inside_a_comment_is_harmless() -> None:
    data = bpmn_text(decl=DECL_UTF8 + "<!-- <!DOCTYPE definitions> -->\n").encode("utf-8")
    check_bpmn_root(parse_bytes(data))


@pytest.mark.parametrize("codec,bom", [
    ("utf-16-le", True), ("utf-16-be", True), ("utf-16-le", False), ("utf-16-be", False),
    ("utf-32-le", True), ("utf-32-be", False),
])
def test_doctype_in_wide_encodings_is_refused_before_libxml2_sees_it(
    codec: str, bom: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_parse(data: bytes) -> etree._ElementTree:
        raise AssertionError("libxml2 was handed a file with a DOCTYPE")

    monkeypatch.setattr(safe_xml, "_parse", must_not_parse)
    decl = f'<?xml version="1.0" encoding="{codec[:6].upper()}"?>\n'
    text = ("\ufeff" if bom else "") + bpmn_text(decl=decl, doctype="<!DOCTYPE x>\n")
    error = refusal(text.encode(codec))
    assert "DOCTYPE" in str(error) and error.line == 2


def test_doctype_hidden_in_utf7_is_refused() -> None:
    # "+ADwAIQ-" is "<!" in UTF-7: invisible to a byte scan, visible once decoded.
    decl = '<?xml version="1.0" encoding="UTF-7"?>\n'
    data = decl.encode("ascii") + b"+ADwAIQ-DOCTYPE x>\n" + bpmn_text(decl="").encode("utf-7")
    error = refusal(data)
    assert "DOCTYPE" in str(error) and error.line == 2


def test_billion_laughs_is_refused_quickly() -> None:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    doctype = f"<!DOCTYPE definitions [{entities}]>\n"
    data = bpmn_text("&lol9;", doctype=doctype).encode("utf-8")
    started = time.perf_counter()
    error = refusal(data)
    assert time.perf_counter() - started < 2.0
    assert "DOCTYPE" in str(error)


def test_doctype_missed_by_the_prolog_scan_is_refused_after_parsing(
    monkeypatch: pytest.MonkeyPatch, canary: tuple[Path, str]
) -> None:
    monkeypatch.setattr(safe_xml, "_check_no_doctype_in_prolog", lambda text: None)
    path, secret = canary
    doctype = f'<!DOCTYPE bpmn:definitions [<!ENTITY xxe SYSTEM "{path.as_uri()}">]>\n'
    data = with_documentation(bpmn_text(doctype=doctype), "&xxe;").encode("utf-8")
    error = refusal(data)
    assert "DOCTYPE" in str(error) and secret not in str(error)


@pytest.mark.usefixtures("without_doctype_checks")
def test_parser_itself_reads_no_file_and_no_network(
    canary: tuple[Path, str], canary_dtd: tuple[Path, str], listener: socket.socket
) -> None:
    # Even with both DOCTYPE refusals switched off, libxml2 must load nothing.
    (file_path, file_secret), (dtd_path, dtd_secret) = canary, canary_dtd
    cases = [
        f'<!DOCTYPE d [<!ENTITY xxe SYSTEM "{file_path.as_uri()}">]>\n',
        f'<!DOCTYPE d [<!ENTITY % ext SYSTEM "{dtd_path.as_uri()}"> %ext;]>\n',
        f'<!DOCTYPE d SYSTEM "{dtd_path.as_uri()}">\n',
        f'<!DOCTYPE d SYSTEM "{url_of(listener)}">\n',
        f'<!DOCTYPE d [<!ENTITY % p SYSTEM "{url_of(listener)}"> %p;]>\n',
    ]
    for doctype in cases:
        reference = "&xxe;" if "xxe" in doctype else "&leak;"
        text = with_documentation(bpmn_text(doctype=doctype), reference)
        seen = outcome_text(text.encode("utf-8"))
        assert file_secret not in seen and dtd_secret not in seen
    assert_never_contacted(listener)


@pytest.mark.usefixtures("without_doctype_checks")
def test_parser_itself_does_not_expand_billion_laughs() -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {c} "{f"&{p};" * 10}">' for p, c in zip("abcdefgh", "bcdefghi")
    )
    data = bpmn_text("&i;", doctype=f"<!DOCTYPE d [{entities}]>\n").encode("utf-8")
    started = time.perf_counter()
    seen = outcome_text(data)
    assert time.perf_counter() - started < 2.0
    assert len(seen) < 10_000


@pytest.mark.parametrize("target", ["file", "listener"])
def test_resolver_refuses_every_external_resource(
    target: str, canary_dtd: tuple[Path, str], listener: socket.socket
) -> None:
    # A parser that would load DTDs: only the resolver stands in the way.
    path, secret = canary_dtd
    url = path.as_uri() if target == "file" else url_of(listener)
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    parser.resolvers.add(safe_xml._RefuseAllResolver())
    with pytest.raises(BpmnReadError) as info:
        etree.fromstring(f'<!DOCTYPE d SYSTEM "{url}"><d>&leak;</d>'.encode(), parser)
    assert_plain(info.value)
    assert "external resource" in str(info.value) and secret not in str(info.value)
    assert_never_contacted(listener)


def test_xinclude_is_not_processed(canary: tuple[Path, str]) -> None:
    path, secret = canary
    include = (
        '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude"'
        f' href="{path.as_uri()}" parse="text"/>'
    )
    process = '<bpmn:process id="Process_1">'
    text = bpmn_text().replace(process, process + include)
    tree = parse_bytes(text.encode("utf-8"))
    serialised = etree.tostring(tree, encoding="unicode")
    assert secret not in serialised
    assert tree.find(".//{http://www.w3.org/2001/XInclude}include") is not None


# --- size and emptiness -------------------------------------------------------------


def test_oversize_input_is_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_decode(data: bytes, encoding: object) -> str:
        raise AssertionError("an oversize file was decoded")

    data = bpmn_text().encode("utf-8")
    monkeypatch.setattr(safe_xml, "MAX_BYTES", len(data) - 1)
    monkeypatch.setattr(safe_xml, "_decode", must_not_decode)
    error = refusal(data)
    assert f"{len(data):,} bytes" in str(error)


def test_input_exactly_at_the_size_cap_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    data = bpmn_text().encode("utf-8")
    monkeypatch.setattr(safe_xml, "MAX_BYTES", len(data))
    check_bpmn_root(parse_bytes(data))


def test_default_size_cap_is_200_mb() -> None:
    assert safe_xml.MAX_BYTES == 200 * 1024 * 1024


@pytest.mark.parametrize("data", [
    b"", b"   \r\n\t  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", "\ufeff \n".encode("utf-16-le"),
], ids=["nothing", "blanks", "utf8-bom-only", "utf8-bom-blanks", "utf16-blanks"])
def test_empty_file_is_refused(data: bytes) -> None:
    assert str(refusal(data)) == "The file is empty."


# --- broken XML -----------------------------------------------------------------------


def test_truncated_file_is_refused_with_place() -> None:
    text = bpmn_text()
    cut = text.index('name="Check')  # in the middle of the task's start tag, line 4
    error = refusal(text[:cut].encode("utf-8"))
    assert str(error).startswith("The file is not well-formed XML: ")
    assert error.line == 4 and error.column is not None


def test_file_ending_before_root_closes_is_refused() -> None:
    text = bpmn_text()
    error = refusal(text[: text.index("</bpmn:definitions>")].encode("utf-8"))
    assert "ends before <definitions> from line 2 is closed" in str(error)


@pytest.mark.parametrize("body,words", [
    ("<a>\n<b></c></a>", "does not match"),
    ("<a>&nbsp;</a>", "&nbsp;"),
    ("<a>&#0;</a>", "&#0;"),
    ("<a/>\n<b/>", "after the root element"),
    ('<a x="<"/>', "'<'"),
    ("<a>" * 300 + "</a>" * 300, "nested more than 256"),
    ("<!-- only a comment -->", "no root element"),
    ("<x:a/>", "prefix x"),
])
def test_malformed_xml_is_refused_in_plain_words(body: str, words: str) -> None:
    error = refusal(body.encode("utf-8"))
    assert str(error).startswith("The file is not well-formed XML: ")
    assert words in str(error)
    assert error.line is not None and error.column is not None


@pytest.mark.parametrize("with_nuls", [True, False])
def test_binary_garbage_is_refused(with_nuls: bool) -> None:
    garbage = random.Random(20240611).randbytes(4096)
    if not with_nuls:
        garbage = garbage.replace(b"\x00", b"\x01")
    refusal(garbage)


# --- NUL bytes and encodings ----------------------------------------------------------


@pytest.mark.parametrize("encoding", ["UTF-8", "ISO-8859-1", "windows-1252"])
def test_nul_byte_in_8bit_file_is_refused_with_place(encoding: str) -> None:
    decl = f'<?xml version="1.0" encoding="{encoding}"?>\r\n'
    data = bpmn_text("Ab\x00c", decl=decl, newline="\r\n").encode(encoding)
    error = refusal(data)
    assert "NUL byte" in str(error)
    column = len('    <bpmn:task id="Task_1" name="Ab') + 1
    assert (error.line, error.column) == (4, column)


def test_nul_character_in_utf16_is_refused_with_place() -> None:
    data = ("\ufeff" + bpmn_text("Ab\x00c")).encode("utf-16-le")
    error = refusal(data)
    assert "NUL" in str(error) and error.line == 4


def test_invalid_utf8_is_refused_with_place() -> None:
    data = bpmn_text("Caf\udce9", decl=DECL_UTF8).encode("utf-8", errors="surrogateescape")
    error = refusal(data)
    assert "0xE9" in str(error) and "UTF-8" in str(error)
    assert (error.line, error.column) == (4, len('    <bpmn:task id="Task_1" name="Caf') + 1)


def test_invalid_utf8_without_declaration_is_refused() -> None:
    data = bpmn_text("Caf\udce9", decl="").encode("utf-8", errors="surrogateescape")
    error = refusal(data)
    assert "declares no other encoding" in str(error) and error.line == 3


def test_libxml2_itself_rejects_0x81_in_windows_1252() -> None:
    # Checked so the refusal below matches what libxml2 would do anyway.
    data = b'<?xml version="1.0" encoding="windows-1252"?><a>\x81</a>'
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(data)


def test_byte_undefined_in_windows_1252_is_refused() -> None:
    decl = '<?xml version="1.0" encoding="windows-1252"?>\n'
    data = bpmn_text("Rueckruf", decl=decl).encode("cp1252").replace(b"Rueckruf", b"R\x81ckruf")
    error = refusal(data)
    assert "windows-1252" in str(error) and "0x81" in str(error)
    assert (error.line, error.column) == (4, len('    <bpmn:task id="Task_1" name="R') + 1)


def test_iso_8859_1_file_with_accented_names_parses() -> None:
    name = "Prüfung der Bestellung, Café Ørsted"
    decl = '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
    data = bpmn_text(name, decl=decl).encode("latin-1")
    assert b"\xfc" in data
    assert task_name(parse_bytes(data)) == name


def test_windows_1252_file_with_accents_and_typographic_signs_parses() -> None:
    name = "Rückruf – 5 € „Zusage“ œuvre"
    decl = '<?xml version="1.0" encoding="windows-1252"?>\n'
    data = bpmn_text(name, decl=decl).encode("cp1252")
    assert b"\x80" in data and b"\x96" in data
    assert task_name(parse_bytes(data)) == name


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
def test_utf16_file_parses(codec: str, bom: bool) -> None:
    name = "Überprüfung durch ลูกค้า"
    decl = '<?xml version="1.0" encoding="UTF-16"?>\n'
    text = ("\ufeff" if bom else "") + bpmn_text(name, decl=decl)
    tree = parse_bytes(text.encode(codec))
    check_bpmn_root(tree)
    assert task_name(tree) == name


def test_utf32_file_with_bom_parses() -> None:
    name = "Kunde ruft an"
    text = "\ufeff" + bpmn_text(name, decl='<?xml version="1.0" encoding="UTF-32"?>\n')
    assert task_name(parse_bytes(text.encode("utf-32-le"))) == name


def test_invalid_utf16_is_refused() -> None:
    good = ("\ufeff" + bpmn_text()).encode("utf-16-le")
    check, heck = "Check".encode("utf-16-le"), "heck".encode("utf-16-le")
    lone_surrogate = good.replace(check, b"\x00\xd8" + heck)
    for data in (good + b"<", lone_surrogate):
        error = refusal(data)
        assert "UTF-16" in str(error)


def test_utf8_with_bom_parses() -> None:
    name = "Bestellung prüfen"
    tree = parse_bytes(b"\xef\xbb\xbf" + bpmn_text(name).encode("utf-8"))
    check_bpmn_root(tree)
    assert task_name(tree) == name


def test_file_without_declaration_parses_as_utf8() -> None:
    name = "Commande vérifiée"
    assert task_name(parse_bytes(bpmn_text(name, decl="").encode("utf-8"))) == name


def test_crlf_file_parses_and_counts_lines_like_lf() -> None:
    tree = parse_bytes(bpmn_text(newline="\r\n").encode("utf-8"))
    check_bpmn_root(tree)
    task = tree.find(f".//{{{BPMN_MODEL_NS}}}task")
    assert task is not None
    line: object = task.sourceline  # lxml-stubs mistype sourceline
    assert line == 4


@pytest.mark.parametrize("decl,words", [
    ('<?xml version="1.0" encoding="klingon"?>\n', "'klingon'"),
    ('<?xml version="1.0" encoding="base64"?>\n', "'base64'"),
    ('<?xml version="1.0" encoding="UTF-16"?>\n', "byte-order mark"),
])
def test_unusable_declared_encoding_is_refused(decl: str, words: str) -> None:
    error = refusal(bpmn_text(decl=decl).encode("utf-8"))
    assert words in str(error) and error.line == 1


def test_ebcdic_file_is_refused() -> None:
    data = bpmn_text(decl='<?xml version="1.0" encoding="IBM037"?>\n').encode("cp037")
    assert "EBCDIC" in str(refusal(data))


# --- root element ---------------------------------------------------------------------


def root_refusal(data: str) -> BpmnReadError:
    tree = parse_bytes(data.encode("utf-8"))
    with pytest.raises(BpmnReadError) as info:
        check_bpmn_root(tree)
    assert_plain(info.value, place_in_message=False)
    return info.value


def test_wrong_root_element_is_refused() -> None:
    error = root_refusal('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')
    assert str(error) == (
        "The file is XML but not BPMN 2.0: its root element is <svg> "
        "(namespace http://www.w3.org/2000/svg), expected <definitions> in the BPMN 2.0 namespace."
    )
    assert error.line == 2


def test_wrong_root_without_namespace_is_refused() -> None:
    assert "<process> (no namespace)" in str(root_refusal("<process/>"))


@pytest.mark.parametrize("namespace,words", [
    ("http://schema.omg.org/spec/BPMN/2.0", "draft namespace http://schema.omg.org/spec/BPMN/2.0"),
    ("", "has no namespace"),
    ("http://www.omg.org/spec/DD/20100524/DI",
     "in the namespace http://www.omg.org/spec/DD/20100524/DI"),
])
def test_definitions_in_wrong_namespace_is_refused(namespace: str, words: str) -> None:
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    error = root_refusal(f'<definitions{xmlns} id="d"/>')
    assert words in str(error)
    assert BPMN_MODEL_NS in str(error)


# --- real files -----------------------------------------------------------------------


def test_every_interop_corpus_file_parses() -> None:
    files = sorted(shared_path("interop").rglob("*.bpmn"))
    assert len(files) > 200
    failures = []
    for path in files:
        try:
            check_bpmn_root(parse_bytes(path.read_bytes()))
        except BpmnReadError as error:
            failures.append(f"{path.parent.name}/{path.name}: {error}")
    assert failures == []
