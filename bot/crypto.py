"""Encryption at rest of personal free text (Fernet, rotation with MultiFernet)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

log = logging.getLogger(__name__)

KEY_FILE = "data.key"


class MissingKeyError(RuntimeError):
    """No DATA_KEY and no key file, where none may be made (PostgreSQL): one line for the
    operator, no traceback (`qorgau` prints it and exits 2)."""


def new_key() -> str:
    """A fresh key for DATA_KEY (`qorgau key new`)."""
    return Fernet.generate_key().decode()


class Cipher:
    """Encrypts with the first key, decrypts with any (`DATA_KEY=new,old` rotates)."""

    def __init__(self, keys: list[str]) -> None:
        if not keys:
            raise ValueError("at least one key is needed")
        self._fernet = MultiFernet([Fernet(key.encode()) for key in keys])

    def encrypt(self, text: str) -> str:
        return self._fernet.encrypt(text.encode()).decode()

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken as error:
            raise ValueError("cannot decrypt: wrong DATA_KEY?") from error

    def rotate(self, token: str) -> str:
        return self._fernet.rotate(token.encode()).decode()


def load_cipher(data_key: str | None, data_dir: Path, *, generate: bool) -> Cipher:
    """Use DATA_KEY; otherwise the key file in data_dir, created on the first embedded run."""
    if data_key:
        return Cipher([part.strip() for part in data_key.split(",") if part.strip()])
    path = data_dir / KEY_FILE
    if path.exists():
        return Cipher([path.read_text().strip()])
    if not generate:
        raise MissingKeyError(
            f"DATA_KEY is not set and {path} does not exist: set DATA_KEY to the key the case "
            "texts were encrypted with, or (a new installation) to a new one from: qorgau key new"
        )
    data_dir.mkdir(parents=True, exist_ok=True)
    key = new_key()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key + "\n")
    log.warning(
        "Generated a new data encryption key in %s. Back it up: without it, "
        "encrypted case texts cannot be read.",
        path,
    )
    return Cipher([key])
