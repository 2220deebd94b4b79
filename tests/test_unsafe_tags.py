"""No code runs from YAML, and validating a registry reads and fetches nothing it names.

Every tag outside the plain-data core (str, int, float, bool, null, map, seq, omap,
timestamp, binary) is refused with ROPA006 at the tag, in whatever form it is written:
`!!python/...`, a verbatim `!<...>` tag, a `%TAG` handle, a local `!tag`, on a scalar, a
list, a mapping or a key. The tests also make sure that such a document, if it were ever
constructed, would leave a trace: none appears.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from ropa.cli import main
from ropa.validate import validate
from ropa.yamlsource import parse

BASE = Path(__file__).parent / "fixtures" / "invalid" / "_base" / "registry.yaml"

# (document, tag as the message shows it, line, column)
UNSAFE: dict[str, tuple[str, str, int, int]] = {
    "python-object-apply": (
        "a: !!python/object/apply:os.system ['touch {marker}']\n",
        "!!python/object/apply:os.system",
        1,
        4,
    ),
    "python-object-new": (
        "a: !!python/object/new:builtins.open ['{marker}', 'w']\n",
        "!!python/object/new:builtins.open",
        1,
        4,
    ),
    "python-name": ("a: !!python/name:os.system ''\n", "!!python/name:os.system", 1, 4),
    "python-module": ("a: !!python/module:os ''\n", "!!python/module:os", 1, 4),
    "python-tuple": ("a: !!python/tuple [1, 2]\n", "!!python/tuple", 1, 4),
    "verbatim-tag": (
        "a: !<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']\n",
        "!!python/object/apply:os.system",
        1,
        4,
    ),
    "tag-directive": (
        "%TAG !py! tag:yaml.org,2002:python/\n---\na: !py!object/apply:os.system "
        "['touch {marker}']\n",
        "!!python/object/apply:os.system",
        3,
        4,
    ),
    "on-a-mapping": (
        "a:\n  b: !!python/object:os.Popen\n    args: ['touch {marker}']\n",
        "!!python/object:os.Popen",
        2,
        6,
    ),
    "on-a-key": ("? !!python/name:os.system k\n: v\n", "!!python/name:os.system", 1, 3),
    "local-tag": ("a: !include /etc/passwd\n", "!include", 1, 4),
    "ruby-style": ("a: !ruby/object:Gem::Installer {}\n", "!ruby/object:Gem::Installer", 1, 4),
    "set": ("a: !!set {x, y}\n", "!!set", 1, 4),
    "nested-in-list": (
        "a:\n  - ok\n  - !!python/object/apply:exec ['1']\n",
        "!!python/object/apply:exec",
        3,
        5,
    ),
}


@pytest.mark.parametrize("name", list(UNSAFE), ids=list(UNSAFE))
def test_unsafe_tag_is_refused(name: str, tmp_path: Path) -> None:
    document, tag, line, column = UNSAFE[name]
    marker = tmp_path / "pwned"
    source = parse("tags.yaml", document.replace("{marker}", str(marker)).encode())
    assert source.data is None
    assert [(f.rule, f.location.line, f.location.column) for f in source.findings] == [
        ("ROPA006", line, column)
    ]
    assert source.findings[0].message == (
        f"tag '{tag}' is not allowed: registry files hold plain data only"
    )
    assert not marker.exists()


def test_plain_data_tags_are_accepted() -> None:
    document = (
        "s: !!str 2024-01-01\ni: !!int 42\nf: !!float 1.5\nb: !!bool true\nn: !!null ''\n"
        "m: !!map {k: v}\nq: !!seq [1]\nt: !!timestamp 2024-01-01\no: !!omap [{k: v}]\n"
        "x: ! non-specific\n"
    )
    source = parse("tags.yaml", document.encode())
    assert source.findings == []
    assert source.data == {
        "s": "2024-01-01",
        "i": 42,
        "f": 1.5,
        "b": True,
        "n": None,
        "m": {"k": "v"},
        "q": [1],
        "t": "2024-01-01",
        "o": [{"k": "v"}],
        "x": "non-specific",
    }


def test_a_tag_in_a_registry_file_fails_validation_without_running(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import subprocess

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("YAML ran code")

    monkeypatch.setattr(os, "system", refuse)
    monkeypatch.setattr(subprocess, "Popen", refuse)
    marker = tmp_path / "pwned"
    registry = tmp_path / "registry"
    registry.mkdir()
    (registry / "registry.yaml").write_bytes(BASE.read_bytes())
    (registry / "evil.yaml").write_text(
        f"activities:\n  - !!python/object/apply:os.system ['touch {marker}']\n", "utf-8"
    )
    assert main(["validate", str(registry), "--no-cache"]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert (
        f"{registry / 'evil.yaml'}:2:5: error[ROPA006] tag '!!python/object/apply:os.system' "
        "is not allowed: registry files hold plain data only"
    ) in out
    assert not marker.exists()


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[str]:
    _Recorder.requests = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_validation_fetches_and_reads_nothing_the_registry_names(
    tmp_path: Path, server: str
) -> None:
    """URLs and file paths in a registry, in a `$schema` header, a `$ref` or `$schema` key,
    or any url field, are data: nothing is requested and no file is read."""
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT", "utf-8")
    registry = tmp_path / "registry"
    registry.mkdir()
    base = BASE.read_text("utf-8").replace(
        "  supervisory_authority: CNIL",
        f"  website: {server}/website\n  supervisory_authority:\n"
        f"    name: CNIL\n    url: {server}/authority",
    )
    (registry / "registry.yaml").write_text(
        f"# yaml-language-server: $schema={server}/schema.json\n" + base, "utf-8"
    )
    (registry / "refs.yaml").write_text(
        f"$schema: {server}/schema\n$ref: {server}/ref\n"
        f"notices:\n  - id: other\n    title: Other\n    activities: [newsletter]\n"
        f"    cookie_policy_url: file://{secret}\n    $ref: file://{secret}\n",
        "utf-8",
    )
    result = validate(str(registry))
    assert _Recorder.requests == []
    rules = sorted(f.rule for f in result.findings if f.rule.startswith("ROPA0"))
    assert rules == ["ROPA010", "ROPA010", "ROPA010"]
    assert not any("SECRET-CONTENT" in f.message for f in result.findings)
