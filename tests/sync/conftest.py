"""Fixtures for the sync tests: a real Radicale server, a keyring of the test's own."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from radicale_server import Radicale, free_port


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory: no test touches the machine's real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.secrets:
            raise PasswordDeleteError("not kept")
        del self.secrets[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def radicale(tmp_path_factory):
    server = Radicale(tmp_path_factory.mktemp("radicale"), free_port())
    server.start()
    yield server
    server.stop()
