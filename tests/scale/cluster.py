"""Pieces of a two-replica deployment on 127.0.0.1, for tests.

`Front` is the load balancer: the emulator posts each user update to it (it is the webhook
URL, with the secret token header Telegram sends), and it passes the update on to a replica,
round robin, or to every replica at once (a repeated delivery). A replica that does not
answer is skipped, as a load balancer would. `TcpProxy` sits between a replica
and PostgreSQL so a test can cut the database off and bring it back."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import socket
from collections import Counter
from typing import Any

import aiohttp
from aiohttp import web

from bot.web.webhook import SECRET_HEADER
from tests.e2e.emulator_client import BotProcess


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Replica:
    def __init__(self, name: str, process: BotProcess, port: int) -> None:
        self.name = name
        self.process = process
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.alive = True


class Front:
    def __init__(self) -> None:
        self.port = free_port()
        self.replicas: list[Replica] = []
        self.both = False  # deliver every update to every live replica
        self.delivered: Counter[str] = Counter()  # replica name -> updates passed on
        self._turn = itertools.count()
        self._runner: web.AppRunner | None = None
        self._http: aiohttp.ClientSession | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/webhook", self._deliver)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))

    async def stop(self) -> None:
        if self._http is not None:
            await self._http.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _deliver(self, request: web.Request) -> web.Response:
        body = await request.read()
        secret = request.headers.get(SECRET_HEADER, "")
        live = [replica for replica in self.replicas if replica.alive]
        if self.both:
            statuses = await asyncio.gather(*(self._post(r, body, secret) for r in live))
            ok = any(status == 200 for status in statuses)
            return web.Response(status=200 if ok else 502)
        start = next(self._turn)
        for offset in range(len(live)):  # the next replica in turn; skip one that is down
            status = await self._post(live[(start + offset) % len(live)], body, secret)
            if status is not None:
                return web.Response(status=status)
        return web.Response(status=502)

    async def _post(self, replica: Replica, body: bytes, secret: str) -> int | None:
        assert self._http is not None
        headers = {SECRET_HEADER: secret, "Content-Type": "application/json"}
        try:
            async with self._http.post(
                f"{replica.url}/webhook", data=body, headers=headers
            ) as response:
                if response.status == 200:
                    self.delivered[replica.name] += 1
                return response.status
        except (aiohttp.ClientError, OSError, TimeoutError):
            return None


class TcpProxy:
    """127.0.0.1:port → target; `cut()` closes the port and every connection through it."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = free_port()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port)

    async def cut(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        self._writers |= {writer, up_writer}
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            self._writers.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()


async def get_json(url: str, timeout: float = 5.0) -> tuple[int, Any]:
    async with (
        aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as http,
        http.get(url) as response,
    ):
        return response.status, await response.json(content_type=None)


async def get_text(url: str, timeout: float = 5.0) -> str:
    async with (
        aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as http,
        http.get(url) as response,
    ):
        return await response.text()
