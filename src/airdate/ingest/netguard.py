"""Refuse connections to private, loopback and link-local addresses.

The check runs inside the connection itself (an httpcore network backend),
after DNS resolution and on the address actually dialled, so a public name
that resolves inside the network is refused too, on every redirect hop, and a
second lookup cannot swap in another address between check and connect.
httpx exposes no hook at that point, hence the small backend below.
"""

from __future__ import annotations

import ipaddress
import socket
import typing
from collections.abc import Iterable

import httpcore
import httpx
from httpcore._backends.sync import SyncBackend


class PrivateAddressError(Exception):
    """The host resolves to an address inside the network and private addresses are not allowed."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(
            f"{host} resolves to the private or local address {address}; "
            "use --allow-private to ingest from local addresses"
        )
        self.host = host
        self.address = address


def is_public(address: str) -> bool:
    """True for globally routable unicast addresses (IPv4-mapped IPv6 judged as IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in the resolver's order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address not in seen:
            seen.append(address)
    return seen


class GuardedBackend(httpcore.NetworkBackend):
    """Dials a vetted address: resolves the host once, checks every address, connects to one."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self._inner = SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = resolve(host, port)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        if not self.allow_private:
            for address in addresses:
                # one private answer is enough to refuse: round-robin DNS could pick it
                if not is_public(address):
                    raise PrivateAddressError(host, address)
        last: Exception | None = None
        for address in addresses:
            try:
                return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        raise httpcore.ConnectError(str(last) if last else f"no address for {host}")

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[typing.Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not used for ingest")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """An httpx transport whose connections go through ``GuardedBackend``."""

    def __init__(self, *, allow_private: bool, max_connections: int = 20) -> None:
        # trust_env=False: an environment proxy would dial private hosts on our behalf
        super().__init__(trust_env=False, retries=0)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=5.0,
            network_backend=GuardedBackend(allow_private),
        )
