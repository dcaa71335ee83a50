"""`check` in a forked child process while the parent does something else (at start: import
aiogram and the rest, seconds of one core), then its report in the parent.

The child sends the pickled report through a pipe. If it cannot be forked, dies, or sends
something short, the parent checks in its own process instead: the result is the same
either way, only later.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import signal
from pathlib import Path

from bot.kb.check import Report, check


class CheckInChild:
    def __init__(self, root: Path, today: dt.date, default_locale: str) -> None:
        self.args = (root, today, default_locale)
        self.pid = 0
        self.pipe = -1

    @classmethod
    def start(cls, root: Path, today: dt.date, default_locale: str) -> CheckInChild:
        pending = cls(root, today, default_locale)
        if not hasattr(os, "fork"):
            return pending
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return pending
        if pid == 0:  # the child: check, send, leave without running the parent's exit code
            os.close(read)
            _child(write, pending.args)
        os.close(write)
        pending.pid, pending.pipe = pid, read
        return pending

    def report(self) -> Report:
        """The child's report, or (if it failed) one made here."""
        if self.pid:
            data = _receive(self.pipe)
            os.close(self.pipe)
            _, status = os.waitpid(self.pid, 0)
            self.pid = 0
            if os.waitstatus_to_exitcode(status) == 0 and data:
                try:
                    report = pickle.loads(data)
                except Exception:  # a broken message: check here instead
                    report = None
                if isinstance(report, Report):
                    return report
        return check(*self.args)


def _child(write: int, args: tuple[Path, dt.date, str]) -> None:
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # not the parent's event loop handler
        data = pickle.dumps(check(*args), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(len(data).to_bytes(8, "big") + data)
        while view:
            view = view[os.write(write, view) :]
        code = 0
    finally:
        os._exit(code)


def _receive(pipe: int) -> bytearray:
    """A length, then that many bytes (into one buffer: one block, given back when freed)."""
    header = _read(pipe, bytearray(8))
    if len(header) < 8:
        return bytearray()
    return _read(pipe, bytearray(int.from_bytes(header, "big")))


def _read(pipe: int, buffer: bytearray) -> bytearray:
    view, done = memoryview(buffer), 0
    while done < len(buffer):
        got = os.readv(pipe, [view[done:]])
        if not got:
            return buffer[:done]
        done += got
    return buffer
