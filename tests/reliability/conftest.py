"""The socket guard the no-network tests share: any connection or name lookup is refused
and recorded, so a test can assert that nothing was even tried."""

from __future__ import annotations

import socket

import pytest


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every attempt to open a connection or resolve a name, refused and recorded."""
    seen: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        seen.append(args)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return seen
